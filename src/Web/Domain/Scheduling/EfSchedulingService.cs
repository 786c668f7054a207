using AgentSupport.Plugins.Scheduling;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Hubs;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain.Scheduling;

/// <summary>
/// Hub appointments over EF Core. Free slots are the hub's calendar minus booked appointments; a
/// booking is one insert that the booked-slot unique index refuses when the slot was taken meanwhile.
/// </summary>
public sealed class EfSchedulingService(AppDbContext db, TimeProvider time) : ISchedulingService
{
    public async Task<IReadOnlyList<DateTimeOffset>> ListFreeSlotsAsync(string hubId, AppointmentType type, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var start = from > now ? from : now;
        var hub = await db.Set<ServiceHub>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == hubId, cancellationToken);
        if (hub is null || start >= to)
        {
            return [];
        }

        var (fromStored, toStored) = (start.ToStored(), to.ToStored());
        var booked = await db.Set<HubAppointment>().AsNoTracking()
            .Where(a => a.HubId == hubId && a.Type == type && a.Start >= fromStored && a.Start < toStored)
            .Select(a => a.Start)
            .ToListAsync(cancellationToken);
        var taken = booked.Select(b => b.ToInstant()).ToHashSet();
        return HubCalendar.Starts(hub, ServiceOf(type), start, to).Where(s => !taken.Contains(s)).ToList();
    }

    public async Task<Appointment?> BookAsync(Guid customerId, AppointmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Start <= time.GetUtcNow())
        {
            return null;
        }

        var hub = await db.Set<ServiceHub>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.HubId, cancellationToken);
        if (hub is null || !HubCalendar.Offers(hub, ServiceOf(request.Type), request.Start))
        {
            return null;
        }

        var appointment = new HubAppointment
        {
            CustomerId = customerId,
            HubId = hub.Id,
            Type = request.Type,
            Start = request.Start.ToStored(),
            BookedAt = request.BookedAt.ToStored(),
        };
        db.Add(appointment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Caused(exception))
        {
            // The scope's context is shared by the turn's other port calls: do not leave the loser pending.
            db.Entry(appointment).State = EntityState.Detached;
            return null;
        }

        return ToPort(appointment);
    }

    public async Task<IReadOnlyList<Appointment>> ListAppointmentsAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var appointments = await db.Set<HubAppointment>().AsNoTracking()
            .Where(a => a.CustomerId == customerId)
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return appointments.Select(ToPort).ToList();
    }

    private static HubService ServiceOf(AppointmentType type) => type switch
    {
        AppointmentType.Visit => HubService.Visit,
        AppointmentType.TestDrive => HubService.TestDrive,
        AppointmentType.Delivery => HubService.Delivery,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static Appointment ToPort(HubAppointment appointment) => new(
        PublicId.Format(PublicId.Appointment, appointment.Id),
        new AppointmentRequest(appointment.HubId, appointment.Type, appointment.Start.ToInstant(), appointment.BookedAt.ToInstant()));
}
