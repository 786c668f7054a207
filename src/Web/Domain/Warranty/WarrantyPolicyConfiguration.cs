using AgentSupport.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Warranty;

internal sealed class WarrantyPolicyConfiguration : IEntityTypeConfiguration<WarrantyPolicy>
{
    public void Configure(EntityTypeBuilder<WarrantyPolicy> policy)
    {
        policy.ToTable("Warranties");
        policy.HasIndex(p => p.CustomerId);
        policy.HasOne(p => p.Car).WithMany().HasForeignKey(p => p.CarId).OnDelete(DeleteBehavior.Restrict);
        policy.HasOne<User>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
        policy.HasMany(p => p.Claims).WithOne().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }
}
