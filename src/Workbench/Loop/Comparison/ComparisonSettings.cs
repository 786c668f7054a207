namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>How deltas are tested. The fixed seed makes the intervals, and so the verdict, reproducible.</summary>
public sealed record ComparisonSettings
{
    public static ComparisonSettings Default { get; } = new();

    public int Resamples { get; init; } = 2000;

    public int Seed { get; init; } = 42;

    /// <summary>Two-sided confidence of the percentile intervals.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>The smallest composite change worth detecting: the run size is estimated for it (<see cref="PowerEstimate"/>).</summary>
    public double MinimumEffect { get; init; } = 0.15;

    /// <summary>Paired transcripts the report shows side by side.</summary>
    public int SampleCount { get; init; } = 4;

    public void Validate()
    {
        if (Resamples is < 100 or > 100_000)
        {
            throw new ArgumentException($"resamples must be within [100, 100000], got {Resamples}");
        }

        if (!(Confidence is > 0.5 and < 1))
        {
            throw new ArgumentException($"confidence must be within (0.5, 1), got {Confidence}");
        }

        if (!(MinimumEffect is > 0 and <= 1))
        {
            throw new ArgumentException($"minimum effect must be within (0, 1], got {MinimumEffect}");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(SampleCount);
    }
}
