using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>One row of the tool ranking: the raw figures of an intent and its score (docs/design.md, "Tool ranking").</summary>
public sealed record ToolRanking
{
    [JsonPropertyName("intent")]
    public required string Intent { get; init; }

    [JsonPropertyName("tool")]
    public required string Tool { get; init; }

    /// <summary>Conversations with the intent.</summary>
    [JsonPropertyName("frequency")]
    public required long Frequency { get; init; }

    [JsonPropertyName("unresolved_rate")]
    public required double UnresolvedRate { get; init; }

    [JsonPropertyName("csat_gap")]
    public required double CsatGap { get; init; }

    [JsonPropertyName("effort")]
    public required int Effort { get; init; }

    [JsonPropertyName("score")]
    public required double Score { get; init; }
}
