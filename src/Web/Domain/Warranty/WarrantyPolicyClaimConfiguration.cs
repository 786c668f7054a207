using AgentSupport.Plugins.Warranty;
using AgentSupport.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Warranty;

internal sealed class WarrantyPolicyClaimConfiguration : IEntityTypeConfiguration<WarrantyPolicyClaim>
{
    public void Configure(EntityTypeBuilder<WarrantyPolicyClaim> claim)
    {
        claim.ToTable("WarrantyClaims");
        claim.Property(c => c.Component).HasConversion<EnumNameConverter<WarrantyComponent>>().HasMaxLength(EnumNameConverter<WarrantyComponent>.MaxLength);
        claim.Property(c => c.Plan).HasConversion<EnumNameConverter<CoveragePlan>>().HasMaxLength(EnumNameConverter<CoveragePlan>.MaxLength);
        claim.Property(c => c.Description).HasMaxLength(WarrantyCoveragePlugin.MaxDescriptionLength);
        claim.HasIndex(c => c.CustomerId);
        claim.HasOne<User>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
