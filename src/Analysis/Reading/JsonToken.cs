using System.Globalization;
using System.Text;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// A scanned JSON value seen through its line: strings as their content between the quotes, every other kind as its
/// raw text. Only ever made from a line the scanner validated, so parsing it cannot fail.
/// </summary>
internal readonly ref struct JsonToken(JsonKind kind, ReadOnlySpan<byte> raw, bool escaped)
{
    public JsonKind Kind { get; } = kind;

    public ReadOnlySpan<byte> Raw { get; } = raw;

    public bool Escaped { get; } = escaped;

    /// <summary>Absent or JSON null: a value that is simply not there.</summary>
    public bool IsMissing => Kind is JsonKind.Undefined or JsonKind.Null;

    public bool IsString(ReadOnlySpan<byte> expected) => Kind == JsonKind.String && JsonText.NameEquals(Raw, Escaped, expected);

    public string GetString() => JsonText.ToString(Raw, Escaped);

    /// <summary>The number's value; out-of-range magnitudes become infinities, as in every JSON reader that uses doubles.</summary>
    public double GetDouble() => TryGetShortDecimal(Raw, out var value) ? value : double.Parse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// The value of a plain decimal (no exponent, at most 15 digits), the kind scores and durations are written in,
    /// without the general parser: its digits and its power of ten are exact doubles, so one correctly rounded
    /// division gives the correctly rounded value, the one <see cref="double.Parse(string)"/> gives.
    /// </summary>
    private static bool TryGetShortDecimal(ReadOnlySpan<byte> number, out double value)
    {
        value = 0;
        var negative = number.Length > 0 && number[0] == (byte)'-';
        var digits = 0L;
        var count = 0;
        var fraction = -1;
        for (var i = negative ? 1 : 0; i < number.Length; i++)
        {
            var b = number[i];
            if (b == (byte)'.' && fraction < 0)
            {
                fraction = 0;
                continue;
            }

            if (!char.IsAsciiDigit((char)b) || ++count > 15)
            {
                return false;
            }

            digits = digits * 10 + (b - '0');
            fraction = fraction < 0 ? fraction : fraction + 1;
        }

        if (count == 0)
        {
            return false;
        }

        value = fraction > 0 ? digits / PowersOfTen[fraction] : digits;
        value = negative ? -value : value;
        return true;
    }

    private static ReadOnlySpan<double> PowersOfTen => [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>The value as it appears in the line, strings with their quotes.</summary>
    public string RawText => Kind == JsonKind.String ? $"\"{Encoding.UTF8.GetString(Raw)}\"" : Encoding.UTF8.GetString(Raw);
}
