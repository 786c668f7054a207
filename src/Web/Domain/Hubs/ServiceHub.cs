namespace AgentSupport.Web.Domain.Hubs;

/// <summary>
/// A hub and its opening hours in hub-local time (UTC-6). Sundays and Mexican statutory holidays it
/// is closed; <see cref="SaturdayOpensAt"/> is null when it does not open on Saturdays.
/// </summary>
public sealed class ServiceHub
{
    /// <summary>A stable slug such as "cdmx-santa-fe", what the model passes back.</summary>
    public required string Id { get; set; }

    public required string Name { get; set; }
    public required string City { get; set; }
    public required string Address { get; set; }
    public TimeOnly OpensAt { get; set; }
    public TimeOnly ClosesAt { get; set; }
    public TimeOnly? SaturdayOpensAt { get; set; }
    public TimeOnly? SaturdayClosesAt { get; set; }
}
