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
    public double GetDouble() => double.Parse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The value as it appears in the line, strings with their quotes.</summary>
    public string RawText => Kind == JsonKind.String ? $"\"{Encoding.UTF8.GetString(Raw)}\"" : Encoding.UTF8.GetString(Raw);
}
