using AgentSupport.Plugins.Documents;
using AgentSupport.Web.Domain.Cars;

namespace AgentSupport.Web.Domain.Documents;

/// <summary>
/// A sale of a customer's car to us or a purchase of one of ours, with the documents received so far.
/// A deal is in progress until <see cref="ClosedAt"/> is set; only deals in progress collect documents.
/// </summary>
public sealed class CarDeal
{
    public int Id { get; set; }
    public Guid CustomerId { get; set; }
    public int CarId { get; set; }
    public Car? Car { get; set; }
    public DealKind Kind { get; set; }
    public bool Financed { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public List<DealDocument> Documents { get; set; } = [];
}
