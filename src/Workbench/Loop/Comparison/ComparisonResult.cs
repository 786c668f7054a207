using System.Text.Json.Serialization;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>Everything <c>comparison.json</c> holds: both arms, the deltas with their intervals, and the verdict.</summary>
public sealed record ComparisonResult
{
    [JsonPropertyName("verdict")]
    public required Verdict Verdict { get; init; }

    /// <summary>Why the verdict is what it is, in one sentence naming the deciding metrics.</summary>
    [JsonPropertyName("verdict_reason")]
    public required string VerdictReason { get; init; }

    /// <summary>The metrics a <see cref="Verdict.BetterWithTradeOff"/> gives up (metric keys); empty for any other verdict.</summary>
    [JsonPropertyName("trade_offs")]
    public IReadOnlyList<string> TradeOffs { get; init; } = [];

    /// <summary>True when both arms hold the same conversation ids, so scenarios were resampled in pairs.</summary>
    [JsonPropertyName("paired")]
    public required bool Paired { get; init; }

    [JsonPropertyName("resamples")]
    public required int Resamples { get; init; }

    [JsonPropertyName("seed")]
    public required int Seed { get; init; }

    [JsonPropertyName("confidence")]
    public required double Confidence { get; init; }

    [JsonPropertyName("baseline")]
    public required ArmSummary Baseline { get; init; }

    [JsonPropertyName("candidate")]
    public required ArmSummary Candidate { get; init; }

    [JsonPropertyName("deltas")]
    public required IReadOnlyList<MetricDelta> Deltas { get; init; }

    [JsonPropertyName("by_context")]
    public required IReadOnlyList<ContextComparison> ByContext { get; init; }

    /// <summary>Conversation pairs worth reading side by side, most changed first.</summary>
    [JsonPropertyName("samples")]
    public required IReadOnlyList<SamplePair> Samples { get; init; }

    public MetricDelta Delta(Metric metric) => Deltas.Single(d => d.Metric == metric.Key);
}

/// <summary>One arm's figures.</summary>
public sealed record ArmSummary(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("n_bad_lines")] long BadLines,
    [property: JsonPropertyName("metrics")] ConversationMetrics Metrics);

/// <summary>Both arms' metrics for one context; null for an arm without conversations in it.</summary>
public sealed record ContextComparison(
    [property: JsonPropertyName("context")] string Context,
    [property: JsonPropertyName("baseline")] ConversationMetrics? Baseline,
    [property: JsonPropertyName("candidate")] ConversationMetrics? Candidate);

/// <summary>A baseline and a candidate conversation shown together, by their 1-based position in each arm.</summary>
public sealed record SamplePair(
    [property: JsonPropertyName("baseline_position")] long BaselinePosition,
    [property: JsonPropertyName("candidate_position")] long CandidatePosition,
    [property: JsonPropertyName("conversation_id")] string? ConversationId,
    [property: JsonPropertyName("why")] string Why);
