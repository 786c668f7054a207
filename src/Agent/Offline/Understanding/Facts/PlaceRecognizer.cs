using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>A capitalised place after "en", "in", "de" or "at" ("en Santa Fe"), kept as text to match against the hubs later.</summary>
internal sealed partial class PlaceRecognizer : IFactRecognizer
{
    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) =>
        facts with { PlaceText = Place().Match(text) is { Success: true } place ? place.Groups["place"].Value : facts.PlaceText };

    [GeneratedRegex(@"\b(en|in|de|at)\s+(?<place>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Place();
}
