using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>
/// One side of a comparison: its analysis (the same figures <c>analyze</c> prints for its conversations) and the
/// compact records the bootstrap resamples. Build it with <see cref="FromConversationsAsync"/> or <see cref="FromFileAsync"/>.
/// </summary>
public sealed record ComparisonArm(string Label, AnalysisReport Report, IReadOnlyList<ConversationRecord> Conversations)
{
    /// <summary>Conversations that could not be completed; they are in <see cref="Conversations"/> as unresolved.</summary>
    public int Failed { get; init; }

    /// <param name="onConversation">Also sees each analysed conversation, e.g. to write its meta CSV row.</param>
    public static async Task<ComparisonArm> FromConversationsAsync(
        ConversationAnalyzer analyzer,
        string label,
        IEnumerable<ConversationInput> conversations,
        Action<ConversationRecord>? onConversation = null,
        CancellationToken cancellationToken = default)
    {
        var records = new List<ConversationRecord>();
        var report = await analyzer.AnalyzeAsync(conversations.ToAsyncEnumerable(), record =>
        {
            records.Add(record);
            onConversation?.Invoke(record);
        }, cancellationToken);
        return new ComparisonArm(label, report, records);
    }

    /// <summary>Analyses a JSONL file of either dialect; bad lines are skipped and counted in the report, as <c>analyze</c> does.</summary>
    public static async Task<ComparisonArm> FromFileAsync(
        ConversationAnalyzer analyzer, string label, string path, CancellationToken cancellationToken = default)
    {
        var records = new List<ConversationRecord>();
        var report = await analyzer.AnalyzeFileAsync(path, null, records.Add, cancellationToken);
        return new ComparisonArm(label, report, records);
    }
}
