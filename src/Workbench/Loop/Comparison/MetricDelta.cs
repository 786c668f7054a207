using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>One metric of both arms: values, candidate − baseline, its interval and what it means.</summary>
public sealed record MetricDelta
{
    [JsonPropertyName("metric")]
    public required string Metric { get; init; }

    [JsonPropertyName("higher_is_better")]
    public required bool HigherIsBetter { get; init; }

    [JsonPropertyName("baseline"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? Baseline { get; init; }

    [JsonPropertyName("candidate"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? Candidate { get; init; }

    /// <summary>Candidate minus baseline; null when either arm has no value.</summary>
    [JsonPropertyName("delta"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? Delta { get; init; }

    /// <summary>Null when there are too few conversations or values to resample.</summary>
    [JsonPropertyName("interval"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required ConfidenceInterval? Interval { get; init; }

    [JsonPropertyName("direction")]
    public required DeltaDirection Direction { get; init; }

    /// <summary>Plain characters that every font has: the fullwidth equals sign is missing from common Linux fonts.</summary>
    [JsonPropertyName("symbol")]
    public string Symbol => Direction switch
    {
        DeltaDirection.Better => "▲",
        DeltaDirection.Worse => "▼",
        _ => "=",
    };
}
