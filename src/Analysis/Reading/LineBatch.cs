using System.Buffers;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>A run of whole lines read into a pooled buffer, handed to one parser.</summary>
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

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A pooled buffer being filled from the source; its whole lines become a batch.</summary>
    public sealed class Builder : IDisposable
    {
        private byte[]? _buffer;

        private Builder(byte[] buffer) => _buffer = buffer;

        public int Length { get; private set; }

        public ReadOnlySpan<byte> Filled => Buffer.AsSpan(0, Length);

        private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(Builder));

        public static Builder Rent(int capacity) => new(ArrayPool<byte>.Shared.Rent(capacity));

        /// <summary>Reads until the buffer is full (false) or the source ends (true).</summary>
        public async ValueTask<bool> FillAsync(Stream source, CancellationToken cancellationToken)
        {
            var buffer = Buffer;
            while (Length < buffer.Length)
            {
                var read = await source.ReadAsync(buffer.AsMemory(Length), cancellationToken);
                if (read == 0)
                {
                    return true;
                }

                Length += read;
            }

            return false;
        }

        public void Append(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(Buffer.AsSpan(Length));
            Length += bytes.Length;
        }

        public void DropStart(int count)
        {
            Buffer.AsSpan(count, Length - count).CopyTo(Buffer);
            Length -= count;
        }

        /// <summary>Doubles the buffer, for a line longer than it; <paramref name="line"/> names that line if it cannot grow.</summary>
        public void Grow(long line)
        {
            var buffer = Buffer;
            if (buffer.Length >= Array.MaxLength)
            {
                throw new InvalidDataException($"Line {line} is longer than {Array.MaxLength} bytes.");
            }

            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, Array.MaxLength));
            buffer.AsSpan(0, Length).CopyTo(larger);
            _buffer = larger;
            ArrayPool<byte>.Shared.Return(buffer);
        }

        /// <summary>The first <paramref name="length"/> bytes as a batch, which takes over the buffer.</summary>
        public LineBatch Build(int length, long sequence, long firstLine, long endOffset)
        {
            var batch = new LineBatch(Buffer, length, sequence, firstLine, endOffset);
            _buffer = null;
            return batch;
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
}
