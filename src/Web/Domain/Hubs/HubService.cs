namespace AgentSupport.Web.Domain.Hubs;

/// <summary>What a slot at a hub is for; each has its own rhythm in <see cref="HubCalendar"/>.</summary>
public enum HubService
{
    Inspection,
    Visit,
    TestDrive,
    Delivery,
}
