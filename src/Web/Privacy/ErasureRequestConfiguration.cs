using AgentSupport.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Privacy;

public sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> request)
    {
        request.ToTable("ErasureRequests");
        request.Property(r => r.Status).HasMaxLength(20);
        request.Property(r => r.DecidedBy).HasMaxLength(256);
        request.Property(r => r.RejectionReason).HasMaxLength(ErasureRules.ReasonMaxLength);
        request.HasIndex(r => new { r.Status, r.RequestedAt });
        request.HasIndex(r => r.CustomerId);
        // The account outlives its erasure (anonymised), so the request keeps pointing at it.
        request.HasOne<User>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
