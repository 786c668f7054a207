using System.Text.RegularExpressions;
using AgentSupport.Agent.Conversation;

namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>Guesses whether text is Spanish or English from common words, for requests that carry no language.</summary>
internal static partial class LanguageGuess
{
    public static string Of(IEnumerable<string> texts)
    {
        var joined = string.Join(" ", texts);
        return EnglishWords().Matches(joined).Count > SpanishWords().Matches(joined).Count ? ConversationLanguage.English : ConversationLanguage.Spanish;
    }

    [GeneratedRegex(@"\b(the|my|is|are|what|when|where|how|i|you|please|want|need|can|will|with|and|of|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"\b(el|la|los|las|mi|es|que|qu[eé]|cu[aá]ndo|c[oó]mo|yo|por|favor|quiero|necesito|puedo|con|y|de|para)\b|[¿¡ñáéíóú]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishWords();
}
