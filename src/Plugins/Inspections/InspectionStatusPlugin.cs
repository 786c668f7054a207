using System.ComponentModel;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Hubs;
using AgentSupport.Plugins.Offers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Inspections;

/// <summary>InspectionStatus: where the customer's car is in the mechanical inspection / workshop.</summary>
public sealed class InspectionStatusPlugin(
    IInspectionService inspections,
    IHubDirectory hubs,
    CustomerContext customer,
    ILogger<InspectionStatusPlugin>? logger = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "InspectionStatus";

    /// <summary>The intent of the intents table this plugin serves.</summary>
    public const string Intent = "status_eval";

    public const string GetInspectionStatus = "get_inspection_status";

    private readonly ILogger _logger = logger ?? NullLogger<InspectionStatusPlugin>.Instance;

    [KernelFunction(GetInspectionStatus)]
    [Description("Gets the status of the signed-in customer's mechanical inspections (evaluación mecánica) and workshop work: " +
                 "stage (scheduled, in_progress, waiting_for_parts, completed, cancelled), appointment time and hub, estimated ready time, " +
                 "the condition grade and the mechanic's findings with severity and estimated repair cost once available. " +
                 "Without a plate, returns all of the customer's inspections.")]
    public Task<ToolResult<InspectionStatusReport>> GetInspectionStatusAsync(
        [Description("Licence plate of the inspected car, e.g. ABC-123-D. Leave empty for all the customer's inspections.")] string? plate = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<InspectionStatusReport>(_logger, async () =>
        {
            var all = await inspections.ListInspectionsAsync(customer.CustomerId, cancellationToken);
            var selected = PlateSelection.Filter(all, i => i.Plate, plate, "inspection");
            if (!selected.Ok)
            {
                return selected.Error!;
            }

            var known = await hubs.ListHubsAsync(cancellationToken);
            var statuses = selected.Value!
                .OrderByDescending(i => i.ScheduledAt)
                .Select(i => Describe(i, known.FirstOrDefault(h => h.Id == i.HubId)))
                .ToList();
            return new InspectionStatusReport(statuses);
        }, cancellationToken);

    private static InspectionStatus Describe(Inspection inspection, Hub? hub) => new(
        inspection.Id,
        inspection.Plate,
        inspection.Stage,
        MexicoTime.ToLocal(inspection.ScheduledAt),
        hub?.Name ?? inspection.HubId,
        hub?.Address,
        inspection.EstimatedReadyAt is { } ready ? MexicoTime.ToLocal(ready) : null,
        inspection.CompletedAt is { } done ? MexicoTime.ToLocal(done) : null,
        inspection.ConditionGrade,
        inspection.Findings,
        inspection.Findings.Where(f => f.EstimatedRepairMxn is not null).Sum(f => f.EstimatedRepairMxn!.Value));
}

public sealed record InspectionStatusReport(IReadOnlyList<InspectionStatus> Inspections);

public sealed record InspectionStatus(
    string InspectionId,
    string Plate,
    InspectionStage Stage,
    DateTimeOffset ScheduledAt,
    string Hub,
    string? HubAddress,
    DateTimeOffset? EstimatedReadyAt,
    DateTimeOffset? CompletedAt,
    CarCondition? ConditionGrade,
    IReadOnlyList<InspectionFinding> Findings,
    decimal EstimatedRepairsMxn);
