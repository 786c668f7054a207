using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>What was done with the candidate: promoted (possibly forced) or rejected, by whom, when and why.</summary>
public sealed record RunDecision(
    [property: JsonPropertyName("promoted")] bool Promoted,
    [property: JsonPropertyName("by")] string By,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("forced")] bool Forced);
