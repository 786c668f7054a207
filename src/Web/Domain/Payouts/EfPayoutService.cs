using AgentSupport.Plugins.Payouts;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain.Payouts;

public sealed class EfPayoutService(AppDbContext db) : IPayoutService
{
    public async Task<IReadOnlyList<Payout>> ListPayoutsAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var payouts = await db.Set<SellerPayout>().AsNoTracking()
            .Where(p => p.CustomerId == customerId)
            .Include(p => p.Car)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .ToListAsync(cancellationToken);
        return payouts.Select(p => new Payout(
                PublicId.Format(PublicId.Payout, p.Id),
                p.Car!.Plate,
                p.AmountMxn,
                p.Stage,
                p.CreatedAt.ToInstant(),
                p.ApprovedAt.ToInstant(),
                p.TransferredAt.ToInstant(),
                p.Reference,
                p.BankAccountLast4))
            .ToList();
    }
}
