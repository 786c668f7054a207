namespace AgentSupport.Agent;

/// <summary>The <c>Agent</c> configuration section.</summary>
public sealed class CustomerAgentOptions
{
    public const string SectionName = "Agent";

    /// <summary>Limit for a whole turn: every model call, tool call and retry in it.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(180);

    /// <summary>Output cap of one agent reply when the prompt's front matter sets no <c>max_output_tokens</c>.</summary>
    public int MaxOutputTokens { get; set; } = 1024;

    /// <summary>
    /// Tokens of earlier turns sent to the model with each message (about four characters a token); the
    /// oldest turns beyond it are left out, the stored conversation keeps them.
    /// </summary>
    public int HistoryTokenBudget { get; set; } = 8000;

    /// <summary>Time the agent gives the hand-over to a person after a turn failed.</summary>
    public TimeSpan EscalationTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
