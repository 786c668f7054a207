using System.Text.RegularExpressions;

namespace AgentSupport.Prompts;

/// <summary>
/// The replaced system wrote user templates with single-brace Spanish placeholders
/// (<c>{contexto}</c>, <c>{tono}</c>, <c>{idioma}</c>, <c>{canal}</c>). Importing such text turns them
/// into the Scriban variables of this store, so seed patches validate like any other template.
/// </summary>
public static partial class SeedPlaceholders
{
    /// <summary>Seed placeholder name to Scriban variable.</summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["contexto"] = "context",
        ["tono"] = "tone",
        ["idioma"] = "language",
        ["canal"] = "channel",
    };

    /// <summary>Replaces <c>{contexto}</c> with <c>{{ context }}</c> and so on; Scriban blocks already in the text are left alone.</summary>
    public static string ToScriban(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Placeholder().Replace(text, match => $"{{{{ {Variables[match.Groups["name"].Value]} }}}}");
    }

    [GeneratedRegex(@"(?<!\{)\{\s*(?<name>contexto|tono|idioma|canal)\s*\}(?!\})", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
