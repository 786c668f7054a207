using AgentSupport.Prompts.Vocabulary;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// The field rules of docs/design.md, "Metrics". Each reader returns the usable value or null, and a warning when a
/// value is present but unusable (a missing or null value is simply absent and warns nothing).
/// </summary>
internal static class FieldRules
{
    private const int QuotedLength = 40;

    public static bool IsResolved(in JsonToken value, out string? warning)
    {
        warning = null;
        switch (value.Kind)
        {
            case JsonKind.True:
                return true;
            case JsonKind.False or JsonKind.Null or JsonKind.Undefined:
                return false;
            case JsonKind.Number:
                var number = value.GetDouble();
                if (number == 1)
                {
                    return true;
                }

                warning = number == 0 ? null : $"{Describe(value)} is neither 0 nor 1; counted as unresolved";
                return false;
            case JsonKind.String:
                var text = value.GetString().AsSpan().Trim();
                if (IsAnyOf(text, "true", "yes", "si", "sí"))
                {
                    return true;
                }

                warning = IsAnyOf(text, "false", "no") ? null : $"{Describe(value)} is not a yes/no value; counted as unresolved";
                return false;
            default:
                warning = $"{Describe(value)} is not a yes/no value; counted as unresolved";
                return false;
        }
    }

    // The value is quoted as written only in a warning: usable values, nearly all of them, allocate nothing.
    public static double? Csat(in JsonToken value, out string? warning) =>
        Number(value, out warning) is not { } csat ? null
        : IsCsat(csat) ? csat
        : Csat(csat, Shorten(value.RawText), out warning);

    public static double? Csat(double csat, string shown, out string? warning)
    {
        warning = IsCsat(csat) ? null : $"{shown} is outside [1, 5]";
        return warning is null ? csat : null;
    }

    /// <summary>A duration too large for a double is left out too: its mean would be infinite and unprintable as JSON.</summary>
    public static double? Duration(in JsonToken value, out string? warning) =>
        Number(value, out warning) is not { } duration ? null
        : duration >= 0 && double.IsFinite(duration) ? duration
        : Duration(duration, Shorten(value.RawText), out warning);

    public static double? Duration(double duration, string shown, out string? warning)
    {
        warning = duration switch
        {
            < 0 => $"{shown} is negative",
            _ when !double.IsFinite(duration) => $"{shown} is not a finite number",
            _ => null,
        };
        return warning is null ? duration : null;
    }

    /// <summary>A descriptive field (context, channel, ...): a string, or null with a warning for another kind.</summary>
    public static bool IsUsableText(in JsonToken value, out string? warning)
    {
        warning = value.Kind is JsonKind.String or JsonKind.Null or JsonKind.Undefined ? null : $"{Describe(value)} is not a string";
        return value.Kind == JsonKind.String;
    }

    /// <summary>
    /// A context, channel, tone or language as its canonical value. A value outside the field's vocabulary is a bad field:
    /// it would otherwise travel through the breakdowns into proposals and prompts. An empty one is simply absent.
    /// </summary>
    public static string? Known(ConversationVocabulary vocabulary, string? text, out string? warning)
    {
        warning = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var known = vocabulary.Canonical(text);
        warning = known is null ? vocabulary.Refusal(text) : null;
        return known;
    }

    /// <summary>Conversation ids are kept as text whatever their JSON kind (numbers do occur in exports).</summary>
    public static string? Id(in JsonToken value) => value.Kind switch
    {
        JsonKind.String => value.GetString(),
        JsonKind.Null or JsonKind.Undefined => null,
        _ => value.RawText,
    };

    public static string Describe(in JsonToken value) => value.Kind switch
    {
        JsonKind.String => $"string {Shorten(value.RawText)}",
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.True or JsonKind.False => $"boolean {value.RawText}",
        JsonKind.Null => "null",
        _ => Shorten(value.RawText),
    };

    private static bool IsCsat(double csat) => csat is >= 1 and <= 5;

    /// <summary>Case-insensitive comparison by simple case folding: "SÍ" and "Yes" match "sí" and "yes".</summary>
    private static bool IsAnyOf(ReadOnlySpan<char> text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static double? Number(in JsonToken value, out string? warning)
    {
        warning = null;
        switch (value.Kind)
        {
            case JsonKind.Number:
                return value.GetDouble();
            case JsonKind.Null or JsonKind.Undefined:
                return null;
            default:
                warning = $"{Describe(value)} is not a number";
                return null;
        }
    }

    private static string Shorten(string raw) => raw.Length <= QuotedLength ? raw : raw[..QuotedLength] + "…";
}
