namespace AgentSupport.Plugins.Offers;

/// <summary>Port: the customer's cars and the OfferIn24 purchase offers made to them.</summary>
public interface IOfferService
{
    /// <summary>The cars registered to the customer (cars they could sell to us).</summary>
    Task<IReadOnlyList<OwnedCar>> ListCarsAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>Stores a new offer and gives it an id.</summary>
    Task<Offer> CreateOfferAsync(Guid customerId, OfferTerms terms, CancellationToken cancellationToken);

    /// <summary>The customer's offers, newest first.</summary>
    Task<IReadOnlyList<Offer>> ListOffersAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>Marks the offer accepted; null when the customer has no offer with that id.</summary>
    Task<Offer?> MarkAcceptedAsync(Guid customerId, string offerId, DateTimeOffset acceptedAt, CancellationToken cancellationToken);
}

/// <summary>
/// A car registered to a customer. <paramref name="InspectedCondition"/> is the grade of its latest
/// completed inspection, if any: offers use it in preference to the owner's own description.
/// </summary>
public sealed record OwnedCar(string Plate, string Make, string Model, int Year, int Km, CarCondition? InspectedCondition = null);

/// <summary>What an offer says: the car, the price and its 24-hour validity window.</summary>
public sealed record OfferTerms(
    string? Plate,
    string Make,
    string Model,
    int Year,
    int Km,
    CarCondition Condition,
    decimal AmountMxn,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);

/// <summary>A stored offer; its state is derived from the clock, never stored, so expiry needs no job.</summary>
public sealed record Offer(string Id, OfferTerms Terms, DateTimeOffset? AcceptedAt = null)
{
    public OfferState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? OfferState.Accepted
        : now >= Terms.ExpiresAt ? OfferState.Expired
        : OfferState.Active;
}
