using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Comparison;

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
}
