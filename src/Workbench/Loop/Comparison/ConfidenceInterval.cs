using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>A percentile bootstrap interval on a delta.</summary>
public sealed record ConfidenceInterval(
    [property: JsonPropertyName("low")] double Low,
    [property: JsonPropertyName("high")] double High);
