using System.Text.Json.Serialization;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Analysis;

/// <summary>
/// The analysis summary, serialised with exactly the keys of <c>analyze --json</c>; the Web API returns the same object.
/// The keys are fixed by <see cref="AnalysisResultJson"/> and the metric registry, so any serializer options give the same document.
/// </summary>
[JsonConverter(typeof(AnalysisResultJson))]
public sealed record AnalysisResult
{
    /// <summary>How many line numbers of bad lines <see cref="BadLines"/> lists.</summary>
    public const int ListedBadLines = 50;

    public long NValid => Overall.N;

    public required long NBadLines { get; init; }

    /// <summary>The first <see cref="ListedBadLines"/> bad line numbers (1-based physical lines).</summary>
    public required IReadOnlyList<long> BadLines { get; init; }

    /// <summary>The metrics over every valid conversation; written at the top level of the document.</summary>
    public required ConversationMetrics Overall { get; init; }

    /// <summary>Intent name → number of conversations, every configured intent in table order.</summary>
    public required IReadOnlyDictionary<string, long> Intents { get; init; }

    /// <summary>Intents with at least one conversation, best score first.</summary>
    public required IReadOnlyList<ToolRanking> Ranking { get; init; }

    public required IReadOnlyDictionary<string, ConversationMetrics> ByContext { get; init; }
}
