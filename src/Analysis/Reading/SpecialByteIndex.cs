using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// One bit per byte of a line, set where a string scan must stop: '"', '\\' or a control character. Built in one
/// vectorised pass, it turns the hundreds of short string scans of a line into bit lookups.
/// </summary>
internal sealed class SpecialByteIndex
{
    private ulong[] _bits = new ulong[64];
    private int _words;

    /// <summary>Indexes <paramref name="line"/>; returns whether it holds any non-ASCII byte (only those lines need UTF-8 validation).</summary>
    public bool Build(ReadOnlySpan<byte> line)
    {
        _words = (line.Length + 63) >> 6;
        if (_bits.Length < _words)
        {
            _bits = new ulong[_words * 2];
        }

        var quote = Vector128.Create((byte)'"');
        var backslash = Vector128.Create((byte)'\\');
        var firstPrintable = Vector128.Create((byte)0x20);
        ref var start = ref MemoryMarshal.GetReference(line);
        var word = 0;
        var offset = 0;
        var highBits = Vector128<byte>.Zero;
        for (; offset + 64 <= line.Length; offset += 64)
        {
            var mask = 0UL;
            for (var part = 0; part < 4; part++)
            {
                var bytes = Vector128.LoadUnsafe(ref start, (nuint)(offset + part * 16));
                var hits = Vector128.Equals(bytes, quote) | Vector128.Equals(bytes, backslash) | Vector128.LessThan(bytes, firstPrintable);
                mask |= (ulong)hits.ExtractMostSignificantBits() << (part * 16);
                highBits |= bytes;
            }

            _bits[word++] = mask;
        }

        var nonAscii = highBits.ExtractMostSignificantBits() != 0;
        if (offset < line.Length)
        {
            var mask = 0UL;
            for (var i = offset; i < line.Length; i++)
            {
                var b = line[i];
                if (b is (byte)'"' or (byte)'\\' or < 0x20)
                {
                    mask |= 1UL << (i - offset);
                }

                nonAscii |= b >= 0x80;
            }

            _bits[word] = mask;
        }

        return nonAscii;
    }

    /// <summary>The bits of the line last indexed, one word per 64 bytes; the scanner holds them as a span of its own.</summary>
    public ReadOnlySpan<ulong> Bits => _bits.AsSpan(0, _words);

    /// <summary>The first special byte at or after <paramref name="position"/> in the line that <paramref name="bits"/> index, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(ReadOnlySpan<ulong> bits, int position)
    {
        var word = position >> 6;
        if ((uint)word >= (uint)bits.Length)
        {
            return -1;
        }

        var mask = bits[word] & (ulong.MaxValue << (position & 63));
        while (mask == 0)
        {
            if (++word >= bits.Length)
            {
                return -1;
            }

            mask = bits[word];
        }

        return (word << 6) + BitOperations.TrailingZeroCount(mask);
    }
}
