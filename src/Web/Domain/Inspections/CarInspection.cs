using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Web.Domain.Cars;

namespace AgentSupport.Web.Domain.Inspections;

/// <summary>
/// A mechanical inspection of a customer's car at a hub. Unless cancelled it holds its workshop slot:
/// a unique index on (hub, start) over inspections not cancelled makes two of them at the same time
/// impossible, whoever writes first.
/// </summary>
public sealed class CarInspection
{
    public int Id { get; set; }
    public Guid CustomerId { get; set; }
    public int CarId { get; set; }
    public Car? Car { get; set; }
    public required string HubId { get; set; }
    public DateTime ScheduledAt { get; set; }
    public InspectionStage Stage { get; set; }
    public CarCondition? ConditionGrade { get; set; }
    public DateTime? EstimatedReadyAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public List<CarInspectionFinding> Findings { get; set; } = [];
}
