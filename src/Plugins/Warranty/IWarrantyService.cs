namespace AgentSupport.Plugins.Warranty;

/// <summary>Port: warranties on the cars the customer bought from us, and the claims opened on them.</summary>
public interface IWarrantyService
{
    Task<IReadOnlyList<CarWarranty>> ListWarrantiesAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>Stores a new claim and gives it a claim number.</summary>
    Task<WarrantyClaim> OpenClaimAsync(Guid customerId, WarrantyClaimRequest request, CancellationToken cancellationToken);
}

/// <summary>The warranty of a car bought from us: it runs from <paramref name="PurchasedAt"/> and <paramref name="KmAtPurchase"/>.</summary>
public sealed record CarWarranty(string Plate, string Make, string Model, int Year, DateTimeOffset PurchasedAt, int KmAtPurchase);

public sealed record WarrantyClaimRequest(string Plate, WarrantyComponent Component, CoveragePlan Plan, int OdometerKm, string Description, DateTimeOffset OpenedAt);

public sealed record WarrantyClaim(string Number, WarrantyClaimRequest Request);
