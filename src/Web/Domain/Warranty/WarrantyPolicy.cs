using AgentSupport.Web.Domain.Cars;

namespace AgentSupport.Web.Domain.Warranty;

/// <summary>The warranty of a car a customer bought from us, counted from the purchase date and odometer.</summary>
public sealed class WarrantyPolicy
{
    public int Id { get; set; }
    public Guid CustomerId { get; set; }
    public int CarId { get; set; }
    public Car? Car { get; set; }
    public DateTime PurchasedAt { get; set; }
    public int KmAtPurchase { get; set; }
    public List<WarrantyPolicyClaim> Claims { get; set; } = [];
}
