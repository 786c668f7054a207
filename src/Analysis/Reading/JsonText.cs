using System.Buffers;
using System.Text;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>Decoding of JSON string contents (the bytes between the quotes) that the scanner has already validated.</summary>
internal static class JsonText
{
    public static string ToString(ReadOnlySpan<byte> content, bool escaped)
    {
        if (!escaped)
        {
            return Encoding.UTF8.GetString(content);
        }

        var rented = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            return new string(rented, 0, Decode(content, escaped, rented));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Writes the UTF-16 text of <paramref name="content"/> to <paramref name="destination"/>, which needs at most
    /// <c>content.Length</c> chars (UTF-8 never takes fewer bytes than UTF-16 units, and escapes only shrink).
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> content, bool escaped, Span<char> destination)
    {
        if (!escaped)
        {
            return Encoding.UTF8.GetChars(content, destination);
        }

        var written = 0;
        while (true)
        {
            var backslash = content.IndexOf((byte)'\\');
            var run = backslash < 0 ? content : content[..backslash];
            written += DecodeRun(run, destination[written..]);
            if (backslash < 0)
            {
                return written;
            }

            var escape = content[backslash + 1];
            if (escape == (byte)'u')
            {
                destination[written++] = (char)Hex(content.Slice(backslash + 2, 4));
                content = content[(backslash + 6)..];
            }
            else
            {
                destination[written++] = escape switch
                {
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    _ => (char)escape,
                };
                content = content[(backslash + 2)..];
            }
        }
    }

    /// <summary>
    /// The text between two escapes: short and mostly ASCII in exports that escape every non-ASCII character, so its
    /// ASCII start is widened here instead of paying a decoder call per run; the rest, from the first non-ASCII byte
    /// (a lead byte, since ASCII precedes it), goes to the decoder.
    /// </summary>
    private static int DecodeRun(ReadOnlySpan<byte> run, Span<char> destination)
    {
        for (var i = 0; i < run.Length; i++)
        {
            var b = run[i];
            if (b >= 0x80)
            {
                return i + Encoding.UTF8.GetChars(run[i..], destination[i..]);
            }

            destination[i] = (char)b;
        }

        return run.Length;
    }

    /// <summary>Whether a property name equals an ASCII <paramref name="name"/>, whatever escapes the name uses.</summary>
    public static bool NameEquals(ReadOnlySpan<byte> content, bool escaped, ReadOnlySpan<byte> name)
    {
        if (!escaped)
        {
            return content.SequenceEqual(name);
        }

        // An escaped name longer than this cannot decode to one of the short names looked for.
        const int longest = 256;
        if (content.Length > longest)
        {
            return false;
        }

        Span<char> decoded = stackalloc char[longest];
        var length = Decode(content, escaped, decoded);
        if (length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (decoded[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The UTF-8 of an escaped string's content written to <paramref name="destination"/>; empty when it does not fit
    /// (callers only compare it with short names).
    /// </summary>
    public static ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> content, Span<byte> destination)
    {
        if (content.Length > destination.Length)
        {
            return [];
        }

        Span<char> chars = stackalloc char[destination.Length];
        var length = Decode(content, escaped: true, chars);
        return Encoding.UTF8.TryGetBytes(chars[..length], destination, out var written) ? destination[..written] : [];
    }

    public static bool IsHexDigit(byte b) => char.IsAsciiHexDigit((char)b);

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = value * 16 + (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return value;
    }
}
