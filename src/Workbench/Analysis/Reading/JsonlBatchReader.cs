using System.Buffers;
using System.IO.Pipelines;
using System.Threading.Channels;

namespace AgentSupport.Workbench.Analysis;

/// <summary>
/// Reads a JSONL stream through a pipe and cuts it into batches of whole lines (about <see cref="TargetBatchBytes"/>
/// each, more when one line is longer), numbering lines as it goes. Only the batches in flight are in memory.
/// </summary>
internal static class JsonlBatchReader
{
    public const int TargetBatchBytes = 1 << 20;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Writes the batches to <paramref name="output"/> (completing it at the end) after taking one
    /// <paramref name="inFlight"/> slot each; the consumer gives the slot back. Returns the bytes consumed.
    /// </summary>
    public static async Task<long> ReadAsync(Stream source, ChannelWriter<LineBatch> output, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        var pipe = PipeReader.Create(source, new StreamPipeReaderOptions(bufferSize: 256 * 1024, minimumReadSize: 64 * 1024, leaveOpen: true));
        long consumed = 0, nextLine = 1, sequence = 0, scannedWithoutNewline = 0;
        var atStart = true;
        try
        {
            while (true)
            {
                var result = await pipe.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                if (atStart)
                {
                    if (buffer.Length < Utf8Bom.Length && !result.IsCompleted)
                    {
                        pipe.AdvanceTo(buffer.Start, buffer.End);
                        continue;
                    }

                    atStart = false;
                    if (StartsWithBom(buffer))
                    {
                        consumed += Utf8Bom.Length;
                        pipe.AdvanceTo(buffer.GetPosition(Utf8Bom.Length));
                        continue;
                    }
                }

                if (!result.IsCompleted && buffer.Length < TargetBatchBytes)
                {
                    pipe.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                var end = result.IsCompleted ? buffer.Length : EndOfBatch(buffer, scannedWithoutNewline);
                if (end < 0)
                {
                    // One line longer than everything buffered so far: keep reading it, without rescanning what was seen.
                    scannedWithoutNewline = buffer.Length;
                    pipe.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                scannedWithoutNewline = 0;
                if (end > 0)
                {
                    await inFlight.WaitAsync(cancellationToken);
                    consumed += end;
                    var batch = LineBatch.CopyOf(buffer.Slice(0, end), sequence++, nextLine, consumed);
                    nextLine += batch.Bytes.Span.Count((byte)'\n');
                    await output.WriteAsync(batch, cancellationToken);
                }

                pipe.AdvanceTo(buffer.GetPosition(end), buffer.End);
                if (result.IsCompleted)
                {
                    return consumed;
                }
            }
        }
        finally
        {
            await pipe.CompleteAsync();
            output.TryComplete();
        }
    }

    private static bool StartsWithBom(in ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < Utf8Bom.Length)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[3];
        buffer.Slice(0, head.Length).CopyTo(head);
        return head.SequenceEqual(Utf8Bom);
    }

    /// <summary>
    /// Where to cut a batch: after the last '\n' within the first <see cref="TargetBatchBytes"/> (so pooled batch
    /// buffers stay in one size class), else after the last '\n' at all (a line longer than a batch); -1 when the
    /// buffer holds no complete line. Bytes before <paramref name="from"/> are known to hold no '\n'.
    /// </summary>
    private static long EndOfBatch(in ReadOnlySequence<byte> buffer, long from)
    {
        if (from < TargetBatchBytes)
        {
            var withinTarget = EndOfLastLine(buffer.Slice(from, Math.Min(buffer.Length, TargetBatchBytes) - from));
            if (withinTarget >= 0)
            {
                return from + withinTarget;
            }
        }

        var anywhere = EndOfLastLine(buffer.Slice(from));
        return anywhere < 0 ? -1 : from + anywhere;
    }

    /// <summary>Offset just past the last '\n', or -1 when there is none.</summary>
    private static long EndOfLastLine(in ReadOnlySequence<byte> buffer)
    {
        long last = -1, offset = 0;
        foreach (var segment in buffer)
        {
            var index = segment.Span.LastIndexOf((byte)'\n');
            if (index >= 0)
            {
                last = offset + index;
            }

            offset += segment.Length;
        }

        return last < 0 ? -1 : last + 1;
    }
}
