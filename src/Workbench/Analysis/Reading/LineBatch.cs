using System.Buffers;

namespace AgentSupport.Workbench.Analysis;

/// <summary>A run of whole lines copied out of the read pipe into a pooled buffer, handed to one parser.</summary>
internal sealed class LineBatch : IDisposable
{
    private byte[]? _buffer;

    private LineBatch(byte[] buffer, int length, long sequence, long firstLine, long endOffset)
    {
        _buffer = buffer;
        Length = length;
        Sequence = sequence;
        FirstLine = firstLine;
        EndOffset = endOffset;
    }

    /// <summary>Position of the batch in the file; results are aggregated in this order.</summary>
    public long Sequence { get; }

    /// <summary>1-based line number of the first line in the batch.</summary>
    public long FirstLine { get; }

    /// <summary>Bytes of the source consumed up to the end of this batch, for progress.</summary>
    public long EndOffset { get; }

    public int Length { get; }

    public ReadOnlyMemory<byte> Bytes => (_buffer ?? throw new ObjectDisposedException(nameof(LineBatch))).AsMemory(0, Length);

    public static LineBatch CopyOf(in ReadOnlySequence<byte> lines, long sequence, long firstLine, long endOffset)
    {
        if (lines.Length > Array.MaxLength)
        {
            throw new InvalidDataException($"Line {firstLine} is longer than {Array.MaxLength} bytes.");
        }

        var length = (int)lines.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        lines.CopyTo(buffer);
        return new LineBatch(buffer, length, sequence, firstLine, endOffset);
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
