using System.Threading.Channels;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// Reader → parsers (one per core) → in-order aggregation. A semaphore bounds the batches between reading and
/// aggregation, so memory stays flat however large the file and however unevenly the parsers progress.
/// </summary>
internal sealed class JsonlAnalysisPipeline(AnalysisSettings settings)
{
    private static readonly int ParserCount = Math.Max(1, Environment.ProcessorCount);

    // Enough batches in flight to keep every parser busy while the aggregator waits for the next one in order.
    private static readonly int MaxBatchesInFlight = ParserCount * 4;

    public async Task<AnalysisReport> RunAsync(
        Stream source,
        IProgress<AnalysisProgress>? progress,
        Action<ConversationRecord>? onConversation,
        CancellationToken cancellationToken)
    {
        long? total = source.CanSeek ? source.Length - source.Position : null;
        var aggregator = new AnalysisAggregator(settings, onConversation);
        var batches = Channel.CreateUnbounded<LineBatch>(new UnboundedChannelOptions { SingleWriter = true });
        var parsed = Channel.CreateUnbounded<ParsedBatch>(new UnboundedChannelOptions { SingleReader = true });
        using var inFlight = new SemaphoreSlim(MaxBatchesInFlight);
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var reading = RunStageAsync(() => JsonlBatchReader.ReadAsync(source, batches.Writer, inFlight, failure.Token), failure);
        var parsing = RunStageAsync(
            () => ParseAllAsync(() => new ConversationLineParser(settings.Intents, aggregator.Worst, keepIdentity: onConversation is not null), batches.Reader, parsed.Writer, failure),
            failure);
        try
        {
            await AggregateAsync(parsed.Reader, aggregator, inFlight, progress, total, failure.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A stage failed and cancelled the others; its own exception is rethrown below.
        }
        catch
        {
            await failure.CancelAsync();
            await Task.WhenAll(reading, parsing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        // A fault outranks the cancellations it caused, so the real error surfaces.
        await Task.WhenAll(reading, parsing);
        cancellationToken.ThrowIfCancellationRequested();
        return aggregator.Build(reading.Result);
    }

    private static async Task<T> RunStageAsync<T>(Func<Task<T>> stage, CancellationTokenSource failure)
    {
        try
        {
            return await Task.Run(stage);
        }
        catch
        {
            await failure.CancelAsync();
            throw;
        }
    }

    private static Task RunStageAsync(Func<Task> stage, CancellationTokenSource failure) =>
        RunStageAsync(async () =>
        {
            await stage();
            return true;
        }, failure);

    private static async Task ParseAllAsync(
        Func<ConversationLineParser> createParser,
        ChannelReader<LineBatch> batches,
        ChannelWriter<ParsedBatch> parsed,
        CancellationTokenSource failure)
    {
        try
        {
            await Task.WhenAll(Enumerable.Range(0, ParserCount).Select(_ => Task.Run(async () =>
            {
                var parser = createParser();
                try
                {
                    await foreach (var batch in batches.ReadAllAsync(failure.Token))
                    {
                        using (batch)
                        {
                            parsed.TryWrite(parser.Parse(batch));
                        }
                    }
                }
                catch
                {
                    // Stop the reader at once: it may be waiting for an in-flight slot that only this batch would free.
                    await failure.CancelAsync();
                    throw;
                }
            }, failure.Token)));
        }
        finally
        {
            parsed.TryComplete();
        }
    }

    private static async Task AggregateAsync(
        ChannelReader<ParsedBatch> parsed,
        AnalysisAggregator aggregator,
        SemaphoreSlim inFlight,
        IProgress<AnalysisProgress>? progress,
        long? total,
        CancellationToken cancellationToken)
    {
        var waiting = new Dictionary<long, ParsedBatch>();
        var next = 0L;
        await foreach (var batch in parsed.ReadAllAsync(cancellationToken))
        {
            waiting.Add(batch.Sequence, batch);
            while (waiting.Remove(next, out var inOrder))
            {
                aggregator.Add(inOrder);
                inFlight.Release();
                progress?.Report(new AnalysisProgress(inOrder.EndOffset, total));
                next++;
            }
        }
    }
}
