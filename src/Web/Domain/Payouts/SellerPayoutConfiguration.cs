using AgentSupport.Plugins.Payouts;
using AgentSupport.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Payouts;

internal sealed class SellerPayoutConfiguration : IEntityTypeConfiguration<SellerPayout>
{
    public void Configure(EntityTypeBuilder<SellerPayout> payout)
    {
        payout.ToTable("Payouts");
        payout.Property(p => p.Stage).HasConversion<EnumNameConverter<PayoutStage>>().HasMaxLength(EnumNameConverter<PayoutStage>.MaxLength);
        // Read back whole, never compared in SQL (SQLite stores decimals as TEXT).
        payout.Property(p => p.AmountMxn).HasPrecision(12, 2);
        payout.Property(p => p.Reference).HasMaxLength(30);
        payout.Property(p => p.BankAccountLast4).HasMaxLength(4).IsFixedLength();
        payout.HasIndex(p => p.CustomerId);
        payout.HasOne(p => p.Car).WithMany().HasForeignKey(p => p.CarId).OnDelete(DeleteBehavior.Restrict);
        payout.HasOne<User>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
