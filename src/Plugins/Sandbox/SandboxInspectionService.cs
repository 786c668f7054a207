using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Inspections;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>A workshop slot holds one inspection; any inspection not cancelled holds its slot.</summary>
internal sealed class SandboxInspectionService(SandboxState state) : IInspectionService
{
    public Task<IReadOnlyList<Inspection>> ListInspectionsAsync(Guid customerId, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<Inspection>>(cancellationToken, () => state.Find(customerId)?.Inspections.ToList() ?? []);

    public Task<IReadOnlyList<DateTimeOffset>> ListFreeSlotsAsync(string hubId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<DateTimeOffset>>(cancellationToken, () =>
        {
            var hub = state.Hubs.FirstOrDefault(h => h.Id == hubId);
            return hub is null ? [] : hub.InspectionHours.Starts(from, to).Where(start => !IsHeld(hubId, start, exceptId: null)).ToList();
        });

    public Task<bool> MoveInspectionAsync(Guid customerId, string inspectionId, DateTimeOffset newStart, CancellationToken cancellationToken) =>
        state.Run(cancellationToken, () =>
        {
            var inspections = state.Find(customerId)?.Inspections;
            var index = inspections?.FindIndex(i => i.Id == inspectionId) ?? -1;
            if (index < 0)
            {
                return false;
            }

            var inspection = inspections![index];
            var hub = state.Hubs.FirstOrDefault(h => h.Id == inspection.HubId);
            if (hub is null || !hub.InspectionHours.Offers(newStart) || IsHeld(inspection.HubId, newStart, inspectionId))
            {
                return false;
            }

            inspections[index] = inspection with { ScheduledAt = newStart };
            state.Record(SandboxEffectKind.InspectionMoved, customerId, inspectionId, MexicoTime.Iso(newStart));
            return true;
        });

    private bool IsHeld(string hubId, DateTimeOffset start, string? exceptId) =>
        state.Customers
            .SelectMany(c => c.Inspections)
            .Any(i => i.HubId == hubId && i.Stage != InspectionStage.Cancelled && i.ScheduledAt == start && i.Id != exceptId);
}
