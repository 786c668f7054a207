using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Analysis.Reading;
namespace AgentSupport.Workbench.Analysis;

/// <summary>
/// Analyses a conversation set: a JSONL file or stream in either dialect (streamed, never loaded whole), or
/// already-parsed conversations. Thread-safe; one instance can serve many analyses with the same settings.
/// </summary>
public sealed class ConversationAnalyzer
{
    public ConversationAnalyzer(AnalysisSettings? settings = null)
    {
        Settings = settings ?? AnalysisSettings.Default;
        Settings.Metrics.Validate();
    }

    public AnalysisSettings Settings { get; }

    /// <summary>Analyses a JSONL file. <paramref name="onConversation"/> sees every valid conversation in line order (e.g. to stream a meta CSV).</summary>
    public async Task<AnalysisReport> AnalyzeFileAsync(
        string path,
        IProgress<AnalysisProgress>? progress = null,
        Action<ConversationRecord>? onConversation = null,
        CancellationToken cancellationToken = default)
    {
        // The pipe does the buffering, so the file stream itself is unbuffered.
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return await AnalyzeAsync(file, progress, onConversation, cancellationToken);
    }

    /// <summary>Analyses JSONL from a stream (an upload, or a <see cref="MemoryStream"/> over in-memory JSONL). The stream is left open.</summary>
    public Task<AnalysisReport> AnalyzeAsync(
        Stream jsonl,
        IProgress<AnalysisProgress>? progress = null,
        Action<ConversationRecord>? onConversation = null,
        CancellationToken cancellationToken = default) =>
        new JsonlAnalysisPipeline(Settings).RunAsync(jsonl, progress, onConversation, cancellationToken);

    /// <summary>Analyses already-parsed conversations (e.g. live ones from the database); positions count from 1.</summary>
    public async Task<AnalysisReport> AnalyzeAsync(
        IAsyncEnumerable<ConversationInput> conversations,
        Action<ConversationRecord>? onConversation = null,
        CancellationToken cancellationToken = default)
    {
        var aggregator = new AnalysisAggregator(Settings, onConversation);
        var customer = new CustomerMessages();
        var position = 0L;
        await foreach (var conversation in conversations.WithCancellation(cancellationToken))
        {
            aggregator.AddConversation(ConversationInputReader.ToRecord(
                conversation, ++position, Settings.Intents, customer, aggregator.Worst, aggregator.AddWarning));
        }

        return aggregator.Build(bytesRead: 0);
    }
}
