using AgentSupport.Plugins.Offers;
using AgentSupport.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Offers;

internal sealed class PurchaseOfferConfiguration : IEntityTypeConfiguration<PurchaseOffer>
{
    public void Configure(EntityTypeBuilder<PurchaseOffer> offer)
    {
        offer.ToTable("PurchaseOffers");
        offer.Property(o => o.Plate).HasMaxLength(20);
        offer.Property(o => o.Make).HasMaxLength(50);
        offer.Property(o => o.Model).HasMaxLength(50);
        offer.Property(o => o.Condition).HasConversion<EnumNameConverter<CarCondition>>().HasMaxLength(EnumNameConverter<CarCondition>.MaxLength);
        // SQLite keeps decimals as TEXT, which it cannot compare or sum: amounts are only ever read
        // back whole, never filtered or ordered in SQL.
        offer.Property(o => o.AmountMxn).HasPrecision(12, 2);
        offer.HasIndex(o => new { o.CustomerId, o.CreatedAt });
        offer.HasOne<User>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
