using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Analysis.Metrics;
namespace AgentSupport.Workbench.Analysis;

/// <summary>Everything that shapes an analysis: metric targets and weights, the intent table, how many worst conversations to keep.</summary>
public sealed record AnalysisSettings
{
    public static AnalysisSettings Default { get; } = new();

    public MetricSettings Metrics { get; init; } = MetricSettings.Default;

    public IntentCatalog Intents { get; init; } = IntentCatalog.Default();

    /// <summary>Worst conversations kept per intent (0 keeps none).</summary>
    public int WorstPerIntent { get; init; } = 5;
}
