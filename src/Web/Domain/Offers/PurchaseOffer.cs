using AgentSupport.Plugins.Offers;

namespace AgentSupport.Web.Domain.Offers;

/// <summary>
/// An OfferIn24 offer to buy a customer's car. It describes the car itself because the car may not be
/// registered with us (<see cref="Plate"/> is null then). Its state is derived from the clock.
/// </summary>
public sealed class PurchaseOffer
{
    public int Id { get; set; }
    public Guid CustomerId { get; set; }
    public string? Plate { get; set; }
    public required string Make { get; set; }
    public required string Model { get; set; }
    public int Year { get; set; }
    public int Km { get; set; }
    public CarCondition Condition { get; set; }
    public decimal AmountMxn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
}
