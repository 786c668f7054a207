namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>
/// The registry of metrics: each one's key in every document, which way is better, its unit and meaning, and where
/// its value lives in <see cref="ConversationMetrics"/>. Analysis JSON, comparison, CLI tables, the Web pages and the
/// exports all iterate <see cref="All"/>, so a new metric is one entry here plus its computation in
/// <see cref="MetricAccumulator"/> (docs/design.md, "Metrics").
/// </summary>
public sealed record Metric(
    string Key,
    string Label,
    bool HigherIsBetter,
    MetricUnit Unit,
    string Definition,
    Func<ConversationMetrics, double?> Read,
    Func<ConversationMetrics, double?, ConversationMetrics> With)
{
    public static Metric ResolutionRate { get; } = new(
        "resolution_rate", "Resolution rate", true, MetricUnit.Share, "share of conversations marked resolved",
        m => m.ResolutionRate, (m, v) => m with { ResolutionRate = v });

    public static Metric AvgCsat { get; } = new(
        "avg_csat", "Average csat", true, MetricUnit.Stars, "mean customer satisfaction (1–5) where it is known",
        m => m.AvgCsat, (m, v) => m with { AvgCsat = v });

    public static Metric AvgTurns { get; } = new(
        "avg_turns", "Average turns", false, MetricUnit.Count, "mean number of messages per conversation",
        m => m.AvgTurns, (m, v) => m with { AvgTurns = v });

    public static Metric AvgDurationSec { get; } = new(
        "avg_duration_sec", "Average duration (s)", false, MetricUnit.Seconds, "mean conversation duration where it is known",
        m => m.AvgDurationSec, (m, v) => m with { AvgDurationSec = v });

    public static Metric Composite { get; } = new(
        "composite", "Composite", true, MetricUnit.Score, "weighted score of the four metrics above",
        m => m.Composite, (m, v) => m with { Composite = v });

    /// <summary>Every metric, in the order documents and tables list them; the verdict rests on <see cref="Composite"/>.</summary>
    public static IReadOnlyList<Metric> All { get; } = [ResolutionRate, AvgCsat, AvgTurns, AvgDurationSec, Composite];

    public static Metric? Find(string key) => All.FirstOrDefault(metric => metric.Key == key);
}

/// <summary>What a metric's number is, so every presenter writes it in its own way (percent, stars, seconds).</summary>
public enum MetricUnit
{
    /// <summary>A share between 0 and 1.</summary>
    Share,

    /// <summary>A satisfaction score on the 1–5 scale.</summary>
    Stars,

    /// <summary>A mean count of things.</summary>
    Count,

    Seconds,

    /// <summary>A score between 0 and 1 that is not a share of conversations.</summary>
    Score,
}
