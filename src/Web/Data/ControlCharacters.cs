using System.Buffers;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgentSupport.Web.Data;

/// <summary>
/// Text as both providers can store it: control characters other than tab and line breaks are removed. PostgreSQL rejects a NUL that SQLite keeps, so without this the same request stored one thing on one
/// provider and failed on the other; removed on the way in, every provider stores the same text.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)
            .Append('\u007F')
            .ToArray());

    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny(Suspicious) < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !Suspicious.Contains(c)))
        {
            kept.Append(c);
        }

        return kept.ToString();
    }

    /// <summary>Applied to every text column on the way in; what was stored is read back as is.</summary>
    public sealed class Converter() : ValueConverter<string, string>(text => Strip(text), text => text);
}
