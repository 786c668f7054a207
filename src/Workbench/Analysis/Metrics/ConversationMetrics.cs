using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis;

/// <summary>The metrics of one group of conversations (a breakdown value such as one context).</summary>
public sealed record ConversationMetrics
{
    [JsonPropertyName("n")]
    public required long N { get; init; }

    [JsonPropertyName("resolution_rate"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? ResolutionRate { get; init; }

    [JsonPropertyName("avg_csat"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? AvgCsat { get; init; }

    [JsonPropertyName("avg_turns"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? AvgTurns { get; init; }

    [JsonPropertyName("avg_duration_sec"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? AvgDurationSec { get; init; }

    [JsonPropertyName("composite"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? Composite { get; init; }
}
