using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Web.Domain.Warranty;

/// <summary>A claim opened on a warranty policy, as the customer reported the failure.</summary>
public sealed class WarrantyPolicyClaim
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public Guid CustomerId { get; set; }
    public WarrantyComponent Component { get; set; }
    public CoveragePlan Plan { get; set; }
    public int OdometerKm { get; set; }
    public required string Description { get; set; }
    public DateTime OpenedAt { get; set; }
}
