namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>Targets and weights of the composite score (docs/design.md, "Metrics"); the target csat also sets the ranking's csat gap.</summary>
public sealed record MetricSettings
{
    public static MetricSettings Default { get; } = new();

    public double TargetCsat { get; init; } = 4.5;

    public double MaxTurns { get; init; } = 6;

    public double LatencyTargetSec { get; init; } = 120;

    public CompositeWeights Weights { get; init; } = CompositeWeights.Default;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first unusable setting.</summary>
    public void Validate()
    {
        if (!double.IsFinite(TargetCsat) || TargetCsat < 1 || TargetCsat > 5)
        {
            throw new ArgumentException($"target csat must be within [1, 5], got {TargetCsat}");
        }

        if (!double.IsFinite(MaxTurns) || MaxTurns <= 0)
        {
            throw new ArgumentException($"max turns must be > 0, got {MaxTurns}");
        }

        if (!double.IsFinite(LatencyTargetSec) || LatencyTargetSec <= 0)
        {
            throw new ArgumentException($"latency target must be > 0 seconds, got {LatencyTargetSec}");
        }

        if (Weights.Validate() is { } error)
        {
            throw new ArgumentException(error);
        }
    }
}
