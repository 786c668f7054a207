namespace AgentSupport.Plugins.Hubs;

/// <summary>A physical AgentSupport hub where cars are inspected, shown, test-driven and delivered.</summary>
public sealed record Hub(string Id, string Name, string City, string Address);
