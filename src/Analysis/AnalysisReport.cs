using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Analysis.WorstConversations;
namespace AgentSupport.Workbench.Analysis;

/// <summary>Everything an analysis produced: the <see cref="AnalysisResult"/> summary and the details behind it.</summary>
public sealed record AnalysisReport
{
    /// <summary>Bad lines and warnings are counted in full but listed up to this many, so a broken file cannot exhaust memory.</summary>
    public const int ListedIssues = 1000;

    public required AnalysisResult Result { get; init; }

    public required IReadOnlyDictionary<string, ConversationMetrics> ByChannel { get; init; }

    public required IReadOnlyDictionary<string, ConversationMetrics> ByTone { get; init; }

    public required IReadOnlyDictionary<string, ConversationMetrics> ByLanguage { get; init; }

    /// <summary>The first <see cref="ListedIssues"/> bad lines with their reasons; <see cref="AnalysisResult.NBadLines"/> counts all.</summary>
    public required IReadOnlyList<BadLine> BadLines { get; init; }

    public required long WarningCount { get; init; }

    /// <summary>The first <see cref="ListedIssues"/> field warnings; <see cref="WarningCount"/> counts all.</summary>
    public required IReadOnlyList<FieldWarning> Warnings { get; init; }

    /// <summary>Per intent with conversations (table order): unresolved first, then lowest csat, then earliest line.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<WorstConversation>> WorstConversations { get; init; }

    public required long BytesRead { get; init; }
}
