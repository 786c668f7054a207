using AgentSupport.Plugins.Scheduling;

namespace AgentSupport.Web.Domain.Scheduling;

/// <summary>
/// A booked appointment. It is also the booked slot: a unique index on (hub, type, start) lets only
/// one appointment of a type start at a hub at a time.
/// </summary>
public sealed class HubAppointment
{
    public int Id { get; set; }
    public Guid CustomerId { get; set; }
    public required string HubId { get; set; }
    public AppointmentType Type { get; set; }
    public DateTime Start { get; set; }
    public DateTime BookedAt { get; set; }
}
