using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>A metric of DESIGN "Metrics" as the comparison sees it: its key, which way is better, and how to read it.</summary>
public sealed record ComparedMetric(string Key, string Label, bool HigherIsBetter, Func<ConversationMetrics, double?> Read)
{
    public static ComparedMetric ResolutionRate { get; } = new("resolution_rate", "Resolution rate", true, m => m.ResolutionRate);

    public static ComparedMetric AvgCsat { get; } = new("avg_csat", "Average csat", true, m => m.AvgCsat);

    public static ComparedMetric AvgTurns { get; } = new("avg_turns", "Average turns", false, m => m.AvgTurns);

    public static ComparedMetric AvgDurationSec { get; } = new("avg_duration_sec", "Average duration (s)", false, m => m.AvgDurationSec);

    public static ComparedMetric Composite { get; } = new("composite", "Composite", true, m => m.Composite);

    /// <summary>Every compared metric, in the order reports list them; the verdict rests on <see cref="Composite"/>.</summary>
    public static IReadOnlyList<ComparedMetric> All { get; } = [ResolutionRate, AvgCsat, AvgTurns, AvgDurationSec, Composite];

    // Arms that are equal in substance can still differ in the last bits of a floating-point sum.
    private const double Tolerance = 1e-12;

    /// <summary>The direction of a change from its interval: only an interval clear of zero counts as a change.</summary>
    public DeltaDirection Classify(ConfidenceInterval? interval) => interval switch
    {
        { Low: > Tolerance } => HigherIsBetter ? DeltaDirection.Better : DeltaDirection.Worse,
        { High: < -Tolerance } => HigherIsBetter ? DeltaDirection.Worse : DeltaDirection.Better,
        _ => DeltaDirection.WithinNoise,
    };
}
