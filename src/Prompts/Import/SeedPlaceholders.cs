using System.Text;
using System.Text.RegularExpressions;

namespace AgentSupport.Prompts.Import;

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

    /// <summary>
    /// Text from data or from a model as template text: its placeholders (<c>{contexto}</c> or <c>{{ context }}</c>, and the
    /// like) become the Scriban variables, and everything else is written literally, inside an escape block where it holds
    /// braces, so a <c>{{ 6*7 }}</c> in the text is shown as such and never run.
    /// </summary>
    public static string ToTemplateText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var literalStart = 0;
        foreach (Match match in AnyPlaceholder().Matches(text))
        {
            AppendLiteral(result, text[literalStart..match.Index]);
            var name = match.Groups["seed"].Success ? Variables[match.Groups["seed"].Value] : match.Groups["variable"].Value.ToLowerInvariant();
            result.Append("{{ ").Append(name).Append(" }}");
            literalStart = match.Index + match.Length;
        }

        AppendLiteral(result, text[literalStart..]);
        return result.ToString();
    }

    private static void AppendLiteral(StringBuilder result, string literal)
    {
        if (literal.IndexOfAny(['{', '}']) < 0)
        {
            result.Append(literal);
            return;
        }

        // Scriban's escape block {%{ … }%} takes more percent signs when the text itself holds the closing marker.
        var percents = "%";
        while (literal.Contains('}' + percents + '}', StringComparison.Ordinal) || literal.EndsWith('}' + percents, StringComparison.Ordinal))
        {
            percents += "%";
        }

        result.Append('{').Append(percents).Append('{').Append(literal).Append('}').Append(percents).Append('}');
    }

    [GeneratedRegex(@"(?<!\{)\{\s*(?<name>contexto|tono|idioma|canal)\s*\}(?!\})", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{\s*(?<variable>context|tone|language|channel)\s*\}\}|(?<!\{)\{\s*(?<seed>contexto|tono|idioma|canal)\s*\}(?!\})", RegexOptions.IgnoreCase)]
    private static partial Regex AnyPlaceholder();
}
