using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Scheduling;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>A hub slot holds one appointment of each type: a visit and a delivery can share an hour, two test drives cannot.</summary>
internal sealed class SandboxSchedulingService(SandboxState state) : ISchedulingService
{
    public Task<IReadOnlyList<DateTimeOffset>> ListFreeSlotsAsync(string hubId, AppointmentType type, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<DateTimeOffset>>(cancellationToken, () =>
        {
            var hub = state.Hubs.FirstOrDefault(h => h.Id == hubId);
            return hub is null ? [] : hub.AppointmentHours.Starts(from, to).Where(start => !IsBooked(hubId, type, start)).ToList();
        });

    public Task<Appointment?> BookAsync(Guid customerId, AppointmentRequest request, CancellationToken cancellationToken) =>
        state.Run(cancellationToken, () =>
        {
            var hub = state.Hubs.FirstOrDefault(h => h.Id == request.HubId);
            if (hub is null || !hub.AppointmentHours.Offers(request.Start) || IsBooked(request.HubId, request.Type, request.Start))
            {
                return null;
            }

            var customer = state.Get(customerId);
            var appointment = new Appointment(state.NextId("AP", state.Customers.SelectMany(c => c.Appointments).Select(a => a.Id)), request);
            customer.Appointments.Add(appointment);
            state.Record(
                SandboxEffectKind.AppointmentBooked,
                customerId,
                appointment.Id,
                $"{Vocabulary<AppointmentType>.NameOf(request.Type)} {request.HubId} {MexicoTime.Iso(request.Start)}");
            return (Appointment?)appointment;
        });

    public Task<IReadOnlyList<Appointment>> ListAppointmentsAsync(Guid customerId, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<Appointment>>(cancellationToken, () => state.Find(customerId)?.Appointments.ToList() ?? []);

    private bool IsBooked(string hubId, AppointmentType type, DateTimeOffset start) =>
        state.Customers
            .SelectMany(c => c.Appointments)
            .Any(a => a.Request.HubId == hubId && a.Request.Type == type && a.Request.Start == start);
}
