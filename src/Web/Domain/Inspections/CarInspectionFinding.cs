using AgentSupport.Plugins.Inspections;

namespace AgentSupport.Web.Domain.Inspections;

/// <summary>Something the mechanic found during an inspection.</summary>
public sealed class CarInspectionFinding
{
    public int Id { get; set; }
    public int InspectionId { get; set; }
    public required string Component { get; set; }
    public FindingSeverity Severity { get; set; }
    public required string Note { get; set; }
    public decimal? EstimatedRepairMxn { get; set; }
}
