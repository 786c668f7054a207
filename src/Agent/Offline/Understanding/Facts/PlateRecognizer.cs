using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>A licence plate typed with or without dashes: ABC-123-D, ABC123D, abc-1234.</summary>
internal sealed partial class PlateRecognizer : IFactRecognizer
{
    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with { Plate = Plate(text) ?? facts.Plate };

    /// <summary>The first plate the text names, upper-cased as typed; null when none.</summary>
    public static string? Plate(string text)
    {
        var match = Pattern().Match(text);
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    /// <summary>Every plate the text names, in order and without repeats (a plugin's error lists the customer's plates).</summary>
    public static IReadOnlyList<string> Plates(string text) =>
        Pattern().Matches(text).Select(match => match.Value.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\b[A-Z]{3}-?\d{3,4}(-?[A-Z])?\b", KeywordTable.Options)]
    private static partial Regex Pattern();
}
