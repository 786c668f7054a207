using AgentSupport.Plugins.Inspections;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Hubs;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain.Inspections;

/// <summary>
/// Inspections over EF Core. Free slots are the hub's calendar minus the starts its inspections hold
/// (all but cancelled ones); a move is a single conditional update guarded by the held-slot unique
/// index, so the check and the move cannot be separated by another writer.
/// </summary>
public sealed class EfInspectionService(AppDbContext db, TimeProvider time) : IInspectionService
{
    public async Task<IReadOnlyList<Inspection>> ListInspectionsAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var inspections = await db.Set<CarInspection>().AsNoTracking()
            .Where(i => i.CustomerId == customerId)
            .Include(i => i.Car)
            .Include(i => i.Findings)
            .OrderBy(i => i.ScheduledAt).ThenBy(i => i.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return inspections.Select(ToPort).ToList();
    }

    public async Task<IReadOnlyList<DateTimeOffset>> ListFreeSlotsAsync(string hubId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var start = from > now ? from : now;
        var hub = await db.Set<ServiceHub>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == hubId, cancellationToken);
        if (hub is null || start >= to)
        {
            return [];
        }

        var (fromStored, toStored) = (start.ToStored(), to.ToStored());
        var held = await db.Set<CarInspection>().AsNoTracking()
            .Where(i => i.HubId == hubId && i.Stage != InspectionStage.Cancelled && i.ScheduledAt >= fromStored && i.ScheduledAt < toStored)
            .Select(i => i.ScheduledAt)
            .ToListAsync(cancellationToken);
        var taken = held.Select(h => h.ToInstant()).ToHashSet();
        return HubCalendar.Starts(hub, HubService.Inspection, start, to).Where(s => !taken.Contains(s)).ToList();
    }

    public async Task<bool> MoveInspectionAsync(Guid customerId, string inspectionId, DateTimeOffset newStart, CancellationToken cancellationToken)
    {
        if (!PublicId.TryParse(PublicId.Inspection, inspectionId, out var id) || newStart <= time.GetUtcNow())
        {
            return false;
        }

        var hub = await db.Set<CarInspection>().AsNoTracking()
            .Where(i => i.Id == id && i.CustomerId == customerId)
            .Join(db.Set<ServiceHub>(), i => i.HubId, h => h.Id, (_, h) => h)
            .SingleOrDefaultAsync(cancellationToken);
        if (hub is null || !HubCalendar.Offers(hub, HubService.Inspection, newStart))
        {
            return false;
        }

        var stored = newStart.ToStored();
        try
        {
            // Still the customer's, still scheduled, at the same hub: one statement, so a concurrent
            // stage change or move is either seen or waits; a slot taken meanwhile violates the index.
            var moved = await db.Set<CarInspection>()
                .Where(i => i.Id == id && i.CustomerId == customerId && i.HubId == hub.Id && i.Stage == InspectionStage.Scheduled)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.ScheduledAt, stored), cancellationToken);
            return moved == 1;
        }
        catch (Exception exception) when (UniqueViolation.Caused(exception))
        {
            return false;
        }
    }

    private static Inspection ToPort(CarInspection inspection) => new(
        PublicId.Format(PublicId.Inspection, inspection.Id),
        inspection.Car!.Plate,
        inspection.HubId,
        inspection.ScheduledAt.ToInstant(),
        inspection.Stage,
        inspection.Findings
            .OrderBy(f => f.Id)
            .Select(f => new InspectionFinding(f.Component, f.Severity, f.Note, f.EstimatedRepairMxn))
            .ToList(),
        inspection.ConditionGrade,
        inspection.EstimatedReadyAt.ToInstant(),
        inspection.CompletedAt.ToInstant());
}
