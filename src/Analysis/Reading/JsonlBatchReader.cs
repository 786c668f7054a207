using System.Threading.Channels;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// Reads a JSONL stream straight into pooled batch buffers of whole lines (about <see cref="TargetBatchBytes"/> each,
/// more when one line is longer), numbering lines as it goes. Only the partial line at the end of a read is copied,
/// into the next batch; only the batches in flight are in memory.
/// </summary>
internal static class JsonlBatchReader
{
    // 256 KB rather than 1 MB: the buffers in flight are pages touched for the first time, and a page fault costs more
    // than parsing the page on a virtual machine (README "Performance"); smaller batches gained nothing more.
    public const int TargetBatchBytes = 1 << 18;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Writes the batches to <paramref name="output"/> (completing it at the end) after taking one
    /// <paramref name="inFlight"/> slot each; the consumer gives the slot back. Returns the bytes consumed.
    /// </summary>
    public static async Task<long> ReadAsync(Stream source, ChannelWriter<LineBatch> output, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        long consumed = 0, nextLine = 1, sequence = 0;
        var atStart = true;
        LineBatch.Builder? pending = null;
        try
        {
            await inFlight.WaitAsync(cancellationToken);
            pending = LineBatch.Builder.Rent(TargetBatchBytes);
            while (pending is { } current)
            {
                // What the buffer already holds has no '\n': a partial line carried over, or a line longer than the buffer was.
                var scannedWithoutNewline = current.Length;
                var completed = await current.FillAsync(source, cancellationToken);
                if (atStart)
                {
                    atStart = false;
                    if (current.Filled.StartsWith(Utf8Bom))
                    {
                        consumed += Utf8Bom.Length;
                        current.DropStart(Utf8Bom.Length);
                    }
                }

                var end = completed ? current.Length : EndOfLastLine(current.Filled, scannedWithoutNewline);
                if (end < 0)
                {
                    current.Grow(nextLine);
                    continue;
                }

                pending = completed ? null : await NextBuilderAsync(current, end, inFlight, cancellationToken);
                if (end == 0)
                {
                    current.Dispose();
                    inFlight.Release();
                    continue;
                }

                consumed += end;
                var batch = current.Build(end, sequence++, nextLine, consumed);
                nextLine += batch.Bytes.Span.Count((byte)'\n');
                await output.WriteAsync(batch, cancellationToken);
            }

            return consumed;
        }
        finally
        {
            pending?.Dispose();
            output.TryComplete();
        }
    }

    /// <summary>The buffer of the next batch, starting with the partial line that follows <paramref name="end"/>.</summary>
    private static async Task<LineBatch.Builder> NextBuilderAsync(LineBatch.Builder current, int end, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        await inFlight.WaitAsync(cancellationToken);
        var next = LineBatch.Builder.Rent(Math.Max(TargetBatchBytes, current.Length - end));
        next.Append(current.Filled[end..]);
        return next;
    }

    /// <summary>
    /// Offset just past the last '\n', or -1 when there is none. Bytes before <paramref name="from"/> are known to
    /// hold no '\n'.
    /// </summary>
    private static int EndOfLastLine(ReadOnlySpan<byte> buffer, int from)
    {
        var index = buffer[from..].LastIndexOf((byte)'\n');
        return index < 0 ? -1 : from + index + 1;
    }
}
