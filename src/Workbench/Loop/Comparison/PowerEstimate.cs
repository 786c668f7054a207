using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>
/// How many paired conversations a run needs for its composite interval to clear zero when the candidate is better
/// by <see cref="MinimumEffect"/>, from the spread of the per-conversation composite in the dataset the run mirrors
/// (formula in docs/design.md, "Run size"). The pairs' correlation is unknown before the run, so it is taken as zero:
/// the estimate errs on the large side.
/// </summary>
public sealed record PowerEstimate
{
    /// <summary>The largest run: <c>per_context</c> is at most 10.</summary>
    public const int MaxPerContext = 10;

    /// <summary>Standard deviation of the per-conversation composite in the dataset.</summary>
    public required double StandardDeviation { get; init; }

    /// <summary>The composite change the run should be able to see.</summary>
    public required double MinimumEffect { get; init; }

    /// <summary>Contexts the run draws scenarios for (each gets <c>per_context</c> scenarios).</summary>
    public required int Contexts { get; init; }

    /// <summary>z of the two-sided confidence plus z of the power.</summary>
    public required double Z { get; init; }

    /// <summary>Conversation pairs needed: ⌈2 · (z₁₋α/₂ + z₁₋β)² · σ² / δ²⌉, at least 2 (the fewest that get an interval).</summary>
    public int PairsNeeded => Math.Max(Bootstrap.MinConversations, (int)Math.Ceiling(2 * Z * Z * StandardDeviation * StandardDeviation / (MinimumEffect * MinimumEffect)));

    /// <summary>Scenarios per context needed, whether or not a run may be that large.</summary>
    public int PerContextNeeded => (PairsNeeded + Contexts - 1) / Contexts;

    /// <summary>What a run should ask for: the size needed, or the largest run when even that is too small.</summary>
    public int DefaultPerContext => Math.Clamp(PerContextNeeded, 1, MaxPerContext);

    /// <summary>True when the largest run can detect <see cref="MinimumEffect"/>.</summary>
    public bool Reachable => PerContextNeeded <= MaxPerContext;

    public bool Detects(int perContext) => perContext * Contexts >= PairsNeeded;

    /// <summary>The smallest composite change a run of that size detects with the same confidence and power.</summary>
    public double DetectableEffect(int perContext) => Z * StandardDeviation * Math.Sqrt(2.0 / Math.Max(1, perContext * Contexts));

    /// <summary>One conversation's composite, the value whose spread sizes a run.</summary>
    public static double CompositeOf(ConversationRecord conversation, MetricSettings metrics) =>
        CompositeScore.Compute(conversation.Resolved ? 1 : 0, conversation.Csat, conversation.Turns, conversation.DurationSec, metrics) ?? 0;

    /// <param name="composites">The dataset's per-conversation composites (<see cref="CompositeOf"/>), pushed as the analysis reads them.</param>
    /// <param name="contexts">How many contexts the run mirrors from the dataset.</param>
    /// <param name="power">Chance of seeing an effect of <see cref="ComparisonSettings.MinimumEffect"/> when it is there.</param>
    public static PowerEstimate From(RunningStatistics composites, int contexts, ComparisonSettings settings, double power = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(contexts, 1);
        if (!(power is > 0.5 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, "power must be within (0.5, 1)");
        }

        return new PowerEstimate
        {
            StandardDeviation = composites.Count < 2 ? 0 : composites.StandardDeviation,
            MinimumEffect = settings.MinimumEffect,
            Contexts = contexts,
            Z = Normal.InvCDF(0, 1, 1 - (1 - settings.Confidence) / 2) + Normal.InvCDF(0, 1, power),
        };
    }
}
