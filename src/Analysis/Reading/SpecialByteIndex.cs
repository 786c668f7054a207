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

        ref var start = ref MemoryMarshal.GetReference(line);
        var word = 0;
        var offset = 0;
        bool nonAscii;
        if (Vector256.IsHardwareAccelerated)
        {
            var highBits = Vector256<byte>.Zero;
            for (; offset + 64 <= line.Length; offset += 64)
            {
                var low = Vector256.LoadUnsafe(ref start, (nuint)offset);
                var high = Vector256.LoadUnsafe(ref start, (nuint)(offset + 32));
                _bits[word++] = Specials(low) | ((ulong)Specials(high) << 32);
                highBits |= low | high;
            }

            nonAscii = highBits.ExtractMostSignificantBits() != 0;
        }
        else
        {
            var highBits = Vector128<byte>.Zero;
            for (; offset + 64 <= line.Length; offset += 64)
            {
                var mask = 0UL;
                for (var part = 0; part < 4; part++)
                {
                    var bytes = Vector128.LoadUnsafe(ref start, (nuint)(offset + part * 16));
                    mask |= (ulong)Specials(bytes) << (part * 16);
                    highBits |= bytes;
                }

                _bits[word++] = mask;
            }

            nonAscii = highBits.ExtractMostSignificantBits() != 0;
        }

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Specials(Vector256<byte> bytes) =>
        (Vector256.Equals(bytes, Vector256.Create((byte)'"')) | Vector256.Equals(bytes, Vector256.Create((byte)'\\'))
            | Vector256.LessThan(bytes, Vector256.Create((byte)0x20))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Specials(Vector128<byte> bytes) =>
        (Vector128.Equals(bytes, Vector128.Create((byte)'"')) | Vector128.Equals(bytes, Vector128.Create((byte)'\\'))
            | Vector128.LessThan(bytes, Vector128.Create((byte)0x20))).ExtractMostSignificantBits();

    /// <summary>The first special byte at or after <paramref name="position"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int position)
    {
        var word = position >> 6;
        if (word >= _words)
        {
            return -1;
        }

        var mask = _bits[word] & (ulong.MaxValue << (position & 63));
        while (mask == 0)
        {
            if (++word >= _words)
            {
                return -1;
            }

            mask = _bits[word];
        }

        return (word << 6) + BitOperations.TrailingZeroCount(mask);
    }
}
