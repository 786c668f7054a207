using System.Globalization;
using System.Text;

namespace AgentSupport.Prompts.Vocabulary;

/// <summary>
/// The values a conversation's context, channel, tone and language may take. Templates branch on them and the agent
/// reads them, so anything else (a typo, or text written to be read as template code) is refused where it enters:
/// the chat API answers 400 and the analysis reports it as a bad field instead of carrying it into a prompt.
/// </summary>
public sealed class ConversationVocabulary
{
    public static ConversationVocabulary Contexts { get; } = new("context", ["buying", "selling", "ask", "feedback", "service", "credit", "warranty"]);

    public static ConversationVocabulary Channels { get; } = new("channel", ["webchat", "whatsapp", "email", "telefono"],
        new Dictionary<string, string> { ["teléfono"] = "telefono", ["phone"] = "telefono", ["web"] = "webchat", ["correo"] = "email" });

    public static ConversationVocabulary Tones { get; } = new("tone", ["amable", "empático", "formal", "resolutivo", "apologético", "directo", "entusiasta"]);

    public static ConversationVocabulary Languages { get; } = new("language", ["es", "en"],
        new Dictionary<string, string>
        {
            ["es-mx"] = "es", ["es_mx"] = "es", ["spanish"] = "es", ["español"] = "es",
            ["en-us"] = "en", ["en_us"] = "en", ["english"] = "en", ["inglés"] = "en",
        });

    /// <summary>The vocabulary of a field: context, channel, tone or language.</summary>
    public static ConversationVocabulary For(string field) => new[] { Contexts, Channels, Tones, Languages }.FirstOrDefault(v => v.Field == field)
        ?? throw new ArgumentOutOfRangeException(nameof(field), field, "Known fields: context, channel, tone, language.");

    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    private ConversationVocabulary(string field, IReadOnlyList<string> values, IReadOnlyDictionary<string, string>? synonyms = null)
    {
        Field = field;
        Values = values;
        foreach (var value in values)
        {
            _byKey[Key(value)] = value;
        }

        foreach (var (synonym, value) in synonyms ?? new Dictionary<string, string>())
        {
            _byKey[Key(synonym)] = value;
        }
    }

    /// <summary>The field the values are for, in messages.</summary>
    public string Field { get; }

    /// <summary>The canonical values, as templates compare them.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The canonical value a text means (case, accents and surrounding blanks ignored), or null when it is none of them.</summary>
    public string? Canonical(string? text) => text is null ? null : _byKey.GetValueOrDefault(Key(text));

    /// <summary>Why a text is refused, for a problem or a bad-field report.</summary>
    public string Refusal(string text) =>
        $"'{Shorten(text)}' is not a known {Field}; use one of: {string.Join(", ", Values)}";

    private static string Key(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            key.Append(c);
        }

        return key.ToString();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
