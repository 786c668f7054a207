using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>Which way a metric moved between two arms, from its bootstrap interval and <see cref="Metric.HigherIsBetter"/>.</summary>
public static class MetricDirection
{
    // Arms that are equal in substance can still differ in the last bits of a floating-point sum.
    private const double Tolerance = 1e-12;

    /// <summary>The direction of a change from its interval: only an interval clear of zero counts as a change.</summary>
    public static DeltaDirection Classify(this Metric metric, ConfidenceInterval? interval) => interval switch
    {
        { Low: > Tolerance } => metric.HigherIsBetter ? DeltaDirection.Better : DeltaDirection.Worse,
        { High: < -Tolerance } => metric.HigherIsBetter ? DeltaDirection.Worse : DeltaDirection.Better,
        _ => DeltaDirection.WithinNoise,
    };
}
