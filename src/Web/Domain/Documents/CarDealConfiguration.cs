using AgentSupport.Plugins.Documents;
using AgentSupport.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Documents;

internal sealed class CarDealConfiguration : IEntityTypeConfiguration<CarDeal>
{
    public void Configure(EntityTypeBuilder<CarDeal> deal)
    {
        deal.ToTable("Deals");
        deal.Property(d => d.Kind).HasConversion<EnumNameConverter<DealKind>>().HasMaxLength(EnumNameConverter<DealKind>.MaxLength);
        deal.HasIndex(d => d.CustomerId);
        deal.HasOne(d => d.Car).WithMany().HasForeignKey(d => d.CarId).OnDelete(DeleteBehavior.Restrict);
        deal.HasOne<User>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
        deal.HasMany(d => d.Documents).WithOne().HasForeignKey(d => d.DealId).OnDelete(DeleteBehavior.Cascade);
    }
}
