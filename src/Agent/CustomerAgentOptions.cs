namespace AgentSupport.Agent;

/// <summary>The <c>Agent</c> configuration section.</summary>
public sealed class CustomerAgentOptions
{
    public const string SectionName = "Agent";

    /// <summary>Limit for a whole turn: every model call, tool call and retry in it.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(180);
}
