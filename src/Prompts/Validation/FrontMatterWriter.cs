using System.Globalization;
using System.Text;
using AgentSupport.Prompts.Templates;

namespace AgentSupport.Prompts.Validation;

/// <summary>Writes metadata as YAML front matter in a fixed key order that <see cref="FrontMatterParser"/> reads back unchanged.</summary>
internal static class FrontMatterWriter
{
    public static string Write(PromptMetadata metadata, string body)
    {
        var policy = metadata.Policy;
        var text = new StringBuilder("---\n");
        Line(text, "id", metadata.Id);
        Line(text, "version", metadata.Version.ToString(CultureInfo.InvariantCulture));
        Line(text, "description", Quote(metadata.Description));
        Line(text, "author", Quote(metadata.Author));
        Line(text, "created", metadata.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line(text, "parent", metadata.Parent?.ToString(CultureInfo.InvariantCulture) ?? "");
        Line(text, "enabled_tools", List(policy.EnabledTools));
        Line(text, "max_turns", policy.MaxTurns.ToString(CultureInfo.InvariantCulture));
        Line(text, "escalate_after_failed_tools", policy.EscalateAfterFailedTools.ToString(CultureInfo.InvariantCulture));
        if (policy.DefaultTone is not null)
        {
            Line(text, "default_tone", Quote(policy.DefaultTone));
        }

        Line(text, "languages", List(policy.Languages));
        if (policy.StopMarker is not null)
        {
            Line(text, "stop_marker", Quote(policy.StopMarker));
        }

        Line(text, "response_format", policy.ResponseFormat == PromptResponseFormat.Json ? "json" : "text");
        if (policy.Temperature is { } temperature)
        {
            Line(text, "temperature", temperature.ToString("0.0##", CultureInfo.InvariantCulture));
        }

        if (policy.MaxOutputTokens is { } maxOutputTokens)
        {
            Line(text, "max_output_tokens", maxOutputTokens.ToString(CultureInfo.InvariantCulture));
        }

        return text.Append("---\n").Append(body).ToString();
    }

    private static void Line(StringBuilder text, string key, string value) =>
        text.Append(key).Append(':').Append(value.Length == 0 ? "" : " " + value).Append('\n');

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(item => Quote(item, inList: true))) + "]";

    private static string Quote(string value) => Quote(value, inList: false);

    private static string Quote(string value, bool inList)
    {
        // Plain YAML scalars cannot start with an indicator, contain ": " or " #", or end with ':';
        // in a [list] they cannot hold flow indicators either.
        var needsQuotes = value.Length == 0
            || value.Trim().Length != value.Length
            || "-?:,[]{}#&*!|>'\"%@`".Contains(value[0])
            || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')
            || value.Contains('\n') || value.Contains('\t')
            || (inList && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0);
        if (!needsQuotes)
        {
            return value;
        }

        var escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal);
        return "\"" + escaped + "\"";
    }
}
