using System.ComponentModel;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Hubs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Inspections;

/// <summary>InspectionRescheduler: moves the customer's inspection to another free slot at the same hub.</summary>
public sealed class InspectionReschedulerPlugin(
    IInspectionService inspections,
    IHubDirectory hubs,
    CustomerContext customer,
    TimeProvider? timeProvider = null,
    ILogger<InspectionReschedulerPlugin>? logger = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "InspectionRescheduler";

    /// <summary>The intent of the intents table this plugin serves.</summary>
    public const string Intent = "reschedule_inspection";

    public const string ListInspectionSlots = "list_inspection_slots";

    public const string RescheduleInspection = "reschedule_inspection";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<InspectionReschedulerPlugin>.Instance;

    [KernelFunction(ListInspectionSlots)]
    [Description("Lists the free slots at the hub of the customer's scheduled inspection, grouped by day with hub-local times (UTC-6), " +
                 "so the customer can pick a new time. Only future slots are listed. Call this before reschedule_inspection.")]
    public Task<ToolResult<InspectionSlots>> ListInspectionSlotsAsync(
        [Description("Licence plate of the car whose inspection moves. May be left empty when the customer has a single inspection.")] string? plate = null,
        [Description("First day to list, YYYY-MM-DD. Leave empty to start now.")] string? fromDate = null,
        [Description("How many days to list, 1 to 14.")] int days = 7,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<InspectionSlots>(_logger, async () =>
        {
            var window = SlotWindow.Parse(fromDate, days, _time);
            if (!window.Ok)
            {
                return window.Error!;
            }

            var movable = await FindMovableAsync(plate, cancellationToken);
            if (!movable.Ok)
            {
                return movable.Error!;
            }

            var inspection = movable.Value!;
            var free = await inspections.ListFreeSlotsAsync(inspection.HubId, window.Value.From, window.Value.To, cancellationToken);
            var hub = await HubLookup.FindByIdAsync(hubs, inspection.HubId, cancellationToken);
            return new InspectionSlots(inspection.Id, inspection.Plate, hub?.Name ?? inspection.HubId, MexicoTime.ToLocal(inspection.ScheduledAt), SlotDay.Group(free));
        }, cancellationToken);

    [KernelFunction(RescheduleInspection)]
    [Description("Moves the customer's scheduled inspection to a new start time at the same hub. The time must be in the future and one of " +
                 "the free slots from list_inspection_slots; an inspection already in progress or completed cannot be moved. " +
                 "Confirm the new time with the customer before calling.")]
    public Task<ToolResult<InspectionRescheduled>> RescheduleInspectionAsync(
        [Description("New start time, ISO 8601 hub-local time such as 2025-06-10T10:00.")] string newStart,
        [Description("Licence plate of the car whose inspection moves. May be left empty when the customer has a single inspection.")] string? plate = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<InspectionRescheduled>(_logger, async () =>
        {
            var start = SlotStart.Parse(newStart, _time);
            if (!start.Ok)
            {
                return start.Error!;
            }

            var movable = await FindMovableAsync(plate, cancellationToken);
            if (!movable.Ok)
            {
                return movable.Error!;
            }

            var inspection = movable.Value!;
            var target = start.Value;
            if (target == inspection.ScheduledAt)
            {
                return ToolError.Conflict($"The inspection of {inspection.Plate} is already scheduled at {target:yyyy-MM-dd HH:mm}.");
            }

            var free = await inspections.ListFreeSlotsAsync(inspection.HubId, target, target.AddMinutes(1), cancellationToken);
            if (!free.Contains(target) || !await inspections.MoveInspectionAsync(customer.CustomerId, inspection.Id, target, cancellationToken))
            {
                var day = SlotWindow.DayOf(target, _time);
                var sameDay = await inspections.ListFreeSlotsAsync(inspection.HubId, day.From, day.To, cancellationToken);
                var alternatives = SlotWindow.Times(sameDay, "none that day; call list_inspection_slots for other days");
                return ToolError.Conflict($"{target:yyyy-MM-dd HH:mm} is not a free inspection slot at this hub. Free that day: {alternatives}.");
            }

            var hub = await HubLookup.FindByIdAsync(hubs, inspection.HubId, cancellationToken);
            return new InspectionRescheduled(inspection.Id, inspection.Plate, hub?.Name ?? inspection.HubId, MexicoTime.ToLocal(inspection.ScheduledAt), target);
        }, cancellationToken);

    /// <summary>
    /// The latest non-cancelled inspection of the plate, which must still be waiting for the car; without
    /// a plate, the customer's only inspection that is.
    /// </summary>
    private async Task<ToolResult<Inspection>> FindMovableAsync(string? plate, CancellationToken cancellationToken)
    {
        var all = await inspections.ListInspectionsAsync(customer.CustomerId, cancellationToken);
        var current = all
            .Where(i => i.Stage != InspectionStage.Cancelled)
            .GroupBy(i => Plate.Normalize(i.Plate))
            .Select(g => g.MaxBy(i => i.ScheduledAt)!)
            .Where(i => !string.IsNullOrWhiteSpace(plate) || i.Stage == InspectionStage.Scheduled)
            .ToList();
        var selected = PlateSelection.Single(current, i => i.Plate, plate, "scheduled inspection");
        if (!selected.Ok)
        {
            return selected;
        }

        var inspection = selected.Value!;
        return inspection.Stage == InspectionStage.Scheduled
            ? inspection
            : ToolError.Conflict($"The inspection of {inspection.Plate} is {Vocabulary<InspectionStage>.NameOf(inspection.Stage)} and can no longer be rescheduled.");
    }
}

public sealed record InspectionSlots(string InspectionId, string Plate, string Hub, DateTimeOffset CurrentStart, IReadOnlyList<SlotDay> FreeSlots);

public sealed record InspectionRescheduled(string InspectionId, string Plate, string Hub, DateTimeOffset PreviousStart, DateTimeOffset NewStart);
