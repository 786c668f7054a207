using AgentSupport.Plugins.Offers;

namespace AgentSupport.Plugins.Inspections;

/// <summary>Port: the customer's mechanical inspections and the workshop's inspection slots.</summary>
public interface IInspectionService
{
    /// <summary>The customer's inspections, cancelled ones included.</summary>
    Task<IReadOnlyList<Inspection>> ListInspectionsAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>Inspection start times at the hub within [from, to) that nobody holds.</summary>
    Task<IReadOnlyList<DateTimeOffset>> ListFreeSlotsAsync(string hubId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the customer's inspection to <paramref name="newStart"/>, releasing its old slot. Returns
    /// false when the slot is not free (taken meanwhile or never offered) or the inspection is not the
    /// customer's; the implementation must make the check and the move atomic.
    /// </summary>
    Task<bool> MoveInspectionAsync(Guid customerId, string inspectionId, DateTimeOffset newStart, CancellationToken cancellationToken);
}

public sealed record Inspection(
    string Id,
    string Plate,
    string HubId,
    DateTimeOffset ScheduledAt,
    InspectionStage Stage,
    IReadOnlyList<InspectionFinding> Findings,
    CarCondition? ConditionGrade = null,
    DateTimeOffset? EstimatedReadyAt = null,
    DateTimeOffset? CompletedAt = null);

/// <summary>Something the mechanic found; <paramref name="EstimatedRepairMxn"/> when a repair is advised.</summary>
public sealed record InspectionFinding(string Component, FindingSeverity Severity, string Note, decimal? EstimatedRepairMxn = null);
