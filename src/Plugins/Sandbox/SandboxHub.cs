using AgentSupport.Plugins.Hubs;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>A hub of the scenario with its appointment and workshop (inspection) opening hours.</summary>
public sealed record SandboxHub(
    string Id,
    string Name,
    string City,
    string Address,
    SandboxOpeningHours AppointmentHours,
    SandboxOpeningHours InspectionHours)
{
    public Hub ToHub() => new(Id, Name, City, Address);
}
