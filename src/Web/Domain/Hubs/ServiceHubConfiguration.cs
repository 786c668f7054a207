using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Hubs;

internal sealed class ServiceHubConfiguration : IEntityTypeConfiguration<ServiceHub>
{
    public void Configure(EntityTypeBuilder<ServiceHub> hub)
    {
        hub.ToTable("Hubs");
        hub.Property(h => h.Id).HasMaxLength(50);
        hub.Property(h => h.Name).HasMaxLength(100);
        hub.Property(h => h.City).HasMaxLength(100);
        hub.Property(h => h.Address).HasMaxLength(300);
    }
}
