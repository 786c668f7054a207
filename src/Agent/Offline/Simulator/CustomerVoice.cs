using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Simulator;

/// <summary>
/// Turns a scenario goal, written to the customer in the second person ("Quieres vender tu auto…",
/// "You want to sell your car…"), into what the customer says ("Quiero vender mi auto…"), and applies the
/// persona's way of writing (hurried customers skip greetings; some write without accents).
/// </summary>
internal static partial class CustomerVoice
{
    private static readonly Dictionary<string, string> SpanishFirstPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        ["quieres"] = "quiero", ["necesitas"] = "necesito", ["vendiste"] = "vendí", ["enviaste"] = "envié", ["mandaste"] = "mandé",
        ["subiste"] = "subí", ["entregaste"] = "entregué", ["compraste"] = "compré", ["recibiste"] = "recibí", ["pagaste"] = "pagué",
        ["das"] = "doy", ["darías"] = "daría", ["ganas"] = "gano", ["tienes"] = "tengo", ["puedes"] = "puedo", ["prefieres"] = "prefiero",
        ["buscas"] = "busco", ["deseas"] = "deseo", ["estás"] = "estoy", ["sabes"] = "sé", ["has"] = "he",
        ["tu"] = "mi", ["tus"] = "mis", ["te"] = "me", ["ti"] = "mí", ["contigo"] = "conmigo",
    };

    private static readonly Dictionary<string, string> EnglishFirstPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        ["you"] = "I", ["your"] = "my", ["yours"] = "mine", ["yourself"] = "myself",
    };

    public static string FirstPerson(string goal, bool english)
    {
        var table = english ? EnglishFirstPerson : SpanishFirstPerson;
        var text = english ? SuitsYou().Replace(goal, "suits me") : goal;
        return Word().Replace(text, match =>
        {
            if (!table.TryGetValue(match.Value, out var replacement))
            {
                return match.Value;
            }

            return char.IsUpper(match.Value[0]) && replacement != "I" ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
        });
    }

    /// <summary>The goal without its plate and parenthesised details, for customers who do not say everything at once.</summary>
    public static string WithoutDetails(string text) =>
        PlateMention().Replace(Parenthesised().Replace(text, ""), "").Replace(" ,", ",", StringComparison.Ordinal).Trim();

    public static bool IsHurried(string? persona) => persona is not null && Hurried().IsMatch(persona);

    public static string Styled(string text, string? persona) =>
        persona is not null && NoAccents().IsMatch(persona) ? StripAccents(text) : text;

    private static string StripAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\b\p{L}+\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\bsuits you\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuitsYou();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@",?\s*\b(con |with )?(las |the )?(placas?|plate)\s+[A-Z]{3}-?\d{3,4}(-?[A-Z])?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlateMention();

    [GeneratedRegex(@"\b(prisa|corto|hurry|brief|briefly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hurried();

    [GeneratedRegex(@"\b(sin acentos|no accents)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoAccents();
}
