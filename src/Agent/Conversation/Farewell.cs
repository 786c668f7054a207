using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Conversation;

/// <summary>
/// Tells a customer's farewell ("Gracias, eso es todo", "Perfect, thanks, bye!") from a message that thanks and still asks
/// for something ("gracias, ¿y mi pago?"): a farewell says thanks or goodbye and nothing but courtesies, in Spanish or English.
/// </summary>
public static partial class Farewell
{
    private static readonly HashSet<string> Courtesies = new(StringComparer.OrdinalIgnoreCase)
    {
        "gracias", "muchas", "muchísimas", "mil", "por", "la", "tu", "su", "ayuda", "atención", "atencion", "eso", "es", "sería", "seria",
        "todo", "nada", "más", "mas", "no", "ok", "okay", "vale", "va", "perfecto", "listo", "excelente", "genial", "entendido", "bien",
        "muy", "amable", "adiós", "adios", "hasta", "luego", "pronto", "que", "tengas", "tenga", "buen", "buenas", "día", "dia", "tardes",
        "noches", "saludos", "de", "y", "igualmente",
        "thanks", "thank", "you", "very", "much", "so", "a", "lot", "for", "the", "your", "help", "that", "that's", "thats", "is", "all",
        "it", "i", "i'm", "im", "am", "set", "good", "great", "perfect", "got", "nothing", "else", "bye", "goodbye", "see", "ya",
        "have", "nice", "day", "cheers", "kind", "of", "and", "too", "fine",
    };

    /// <summary>True when the whole message is a thanks or a goodbye.</summary>
    public static bool Is(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Contains('?') || !ThanksOrGoodbye().IsMatch(text)) return false;
        return Word().Matches(text).All(word => Courtesies.Contains(word.Value));
    }

    [GeneratedRegex(@"\b(gracias|thanks|thank you|adi[oó]s|bye|goodbye|hasta luego|eso es todo|that'?s all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanksOrGoodbye();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();
}
