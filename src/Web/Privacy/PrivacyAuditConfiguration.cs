using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Privacy;

public sealed class PrivacyAuditConfiguration : IEntityTypeConfiguration<PrivacyAuditEntry>
{
    public void Configure(EntityTypeBuilder<PrivacyAuditEntry> entry)
    {
        entry.ToTable("PrivacyAudit");
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(30);
        entry.Property(e => e.Subject).HasMaxLength(200);
        entry.Property(e => e.Reason).HasMaxLength(2000);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.CustomerId, e.At });
    }
}
