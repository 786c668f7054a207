namespace AgentSupport.Plugins.Scheduling;

/// <summary>Port: appointment calendars of the hubs and the customer's booked appointments.</summary>
public interface ISchedulingService
{
    /// <summary>Start times within [from, to) offered at the hub for this type of appointment and not yet booked.</summary>
    Task<IReadOnlyList<DateTimeOffset>> ListFreeSlotsAsync(string hubId, AppointmentType type, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Books the slot for the customer, or returns null when it is not free (taken meanwhile or never
    /// offered); the implementation must make the check and the booking atomic.
    /// </summary>
    Task<Appointment?> BookAsync(Guid customerId, AppointmentRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<Appointment>> ListAppointmentsAsync(Guid customerId, CancellationToken cancellationToken);
}

public sealed record AppointmentRequest(string HubId, AppointmentType Type, DateTimeOffset Start, DateTimeOffset BookedAt);

public sealed record Appointment(string Id, AppointmentRequest Request);
