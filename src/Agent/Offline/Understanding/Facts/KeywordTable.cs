using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>Values named by their words in Spanish or English, tried in order: the first whose pattern matches wins.</summary>
internal sealed class KeywordTable(params (string Pattern, string Value)[] entries)
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly (Regex Pattern, string Value)[] _entries = [.. entries.Select(entry => (new Regex(entry.Pattern, Options), entry.Value))];

    public string? First(string text) => _entries.FirstOrDefault(entry => entry.Pattern.IsMatch(text)).Value;
}
