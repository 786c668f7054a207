namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>The composite of docs/design.md, "Metrics", shared by the analysis and the comparison of runs.</summary>
public static class CompositeScore
{
    /// <summary>
    /// Null when there is no conversation (no resolution rate or no average turns). A missing csat or
    /// duration average contributes 0 but keeps its weight, so a set without csat cannot score higher by omission.
    /// </summary>
    public static double? Compute(double? resolutionRate, double? avgCsat, double? avgTurns, double? avgDurationSec, MetricSettings settings)
    {
        if (resolutionRate is not { } resolution || avgTurns is not { } turns)
        {
            return null;
        }

        var w = settings.Weights;
        var csatTerm = avgCsat is { } csat ? Clamp(csat / settings.TargetCsat) : 0;
        var turnsTerm = Clamp(1 - turns / settings.MaxTurns);
        var latencyTerm = avgDurationSec is { } duration ? Clamp(1 - duration / settings.LatencyTargetSec) : 0;
        var weighted = w.Csat * csatTerm + w.Resolution * resolution + w.Turns * turnsTerm + w.Latency * latencyTerm;
        return weighted / w.Sum;
    }

    private static double Clamp(double value) => Math.Clamp(value, 0, 1);
}
