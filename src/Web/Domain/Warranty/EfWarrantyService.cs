using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain.Warranty;

public sealed class EfWarrantyService(AppDbContext db) : IWarrantyService
{
    public async Task<IReadOnlyList<CarWarranty>> ListWarrantiesAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var policies = await LoadAsync(customerId, cancellationToken);
        return policies.Select(p => new CarWarranty(p.Car!.Plate, p.Car.Make, p.Car.Model, p.Car.Year, p.PurchasedAt.ToInstant(), p.KmAtPurchase)).ToList();
    }

    /// <summary>Opens the claim on the customer's warranty for the plate; the plate must be one of <see cref="ListWarrantiesAsync"/>'s.</summary>
    /// <exception cref="InvalidOperationException">The customer has no warranty on that plate.</exception>
    public async Task<WarrantyClaim> OpenClaimAsync(Guid customerId, WarrantyClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policies = await LoadAsync(customerId, cancellationToken);
        var policy = policies.FirstOrDefault(p => Plate.SameAs(p.Car!.Plate, request.Plate))
            ?? throw new InvalidOperationException($"The customer has no warranty on plate {Plate.Normalize(request.Plate)}.");

        var claim = new WarrantyPolicyClaim
        {
            PolicyId = policy.Id,
            CustomerId = customerId,
            Component = request.Component,
            Plan = request.Plan,
            OdometerKm = request.OdometerKm,
            Description = request.Description,
            OpenedAt = request.OpenedAt.ToStored(),
        };
        db.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return new WarrantyClaim(PublicId.Format(PublicId.WarrantyClaim, claim.Id), request);
    }

    private Task<List<WarrantyPolicy>> LoadAsync(Guid customerId, CancellationToken cancellationToken) =>
        db.Set<WarrantyPolicy>().AsNoTracking()
            .Where(p => p.CustomerId == customerId)
            .Include(p => p.Car)
            .OrderBy(p => p.PurchasedAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
}
