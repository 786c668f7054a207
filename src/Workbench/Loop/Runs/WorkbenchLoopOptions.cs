using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Comparison;
using Microsoft.Extensions.Configuration;

namespace AgentSupport.Workbench.Loop.Runs;

public sealed record WorkbenchLoopOptions
{
    /// <summary>Metrics and intents of the analyses (the dataset's and the two arms').</summary>
    public AnalysisSettings Analysis { get; init; } = AnalysisSettings.Default;

    public ComparisonSettings Comparison { get; init; } = ComparisonSettings.Default;

    /// <summary>Wait before the first re-run of a failed conversation; later ones double it.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Limit for one simulator or judge call.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public int ProposerAttempts { get; init; } = 3;

    /// <summary>Limit for one proposer call (a long, streamed reply).</summary>
    public TimeSpan ProposerTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Settings from a configuration section (<c>Workbench</c>): <c>CallTimeout</c>, <c>ProposerTimeout</c> and
    /// <c>MinimumEffect</c> (the composite change runs are sized to detect).
    /// </summary>
    public static WorkbenchLoopOptions From(IConfiguration section)
    {
        var defaults = new WorkbenchLoopOptions();
        var comparison = defaults.Comparison with { MinimumEffect = section.GetValue(nameof(ComparisonSettings.MinimumEffect), defaults.Comparison.MinimumEffect) };
        try
        {
            comparison.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"Workbench:{nameof(ComparisonSettings.MinimumEffect)}: {ex.Message}.", ex);
        }

        return defaults with
        {
            CallTimeout = Positive(section, nameof(CallTimeout), defaults.CallTimeout),
            ProposerTimeout = Positive(section, nameof(ProposerTimeout), defaults.ProposerTimeout),
            Comparison = comparison,
        };
    }

    private static TimeSpan Positive(IConfiguration section, string key, TimeSpan fallback)
    {
        var value = section.GetValue(key, fallback);
        return value > TimeSpan.Zero ? value : throw new InvalidOperationException($"Workbench:{key} must be a positive time span, got {value}.");
    }
}
