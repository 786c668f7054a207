using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>
/// The metrics of one group of conversations (a whole set, or one breakdown value such as one context). Written
/// as <c>n</c> plus one key per <see cref="Metric"/>, so documents follow the registry.
/// </summary>
[JsonConverter(typeof(ConversationMetricsJson))]
public sealed record ConversationMetrics
{
    public required long N { get; init; }

    public double? ResolutionRate { get; init; }

    public double? AvgCsat { get; init; }

    public double? AvgTurns { get; init; }

    public double? AvgDurationSec { get; init; }

    public double? Composite { get; init; }
}
