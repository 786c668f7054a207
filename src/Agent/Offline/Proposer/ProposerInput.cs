using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Proposer;

/// <summary>
/// The proposer's four data blocks, parsed: <c>metrics</c> (the analysis summary), <c>intent_ranking</c> (rows with
/// intent, tool, frequency, unresolved_rate, csat_gap, effort, score, plugin, plugin_enabled),
/// <c>worst_conversations</c> (intent → conversations with conversation_id) and <c>current_prompt</c> (the file text).
/// Missing or malformed blocks read as empty, so the rules still answer.
/// </summary>
internal sealed partial record ProposerInput(
    double? ResolutionRate,
    double? AverageCsat,
    double? AverageTurns,
    long? Conversations,
    IReadOnlyList<ProposerInput.RankedIntent> Ranking,
    IReadOnlyDictionary<string, IReadOnlyList<string>> WorstConversationIds,
    IReadOnlyList<string> EnabledTools)
{
    public sealed record RankedIntent(string Intent, string Tool, long Frequency, double UnresolvedRate, int Effort, double Score, string? Plugin, bool PluginEnabled);

    public static ProposerInput Parse(IReadOnlyDictionary<string, object?> extra)
    {
        using var metrics = Document(extra, "metrics");
        using var ranking = Document(extra, "intent_ranking");
        using var worst = Document(extra, "worst_conversations");
        var prompt = extra.GetValueOrDefault("current_prompt") as string ?? "";

        var metricsRoot = metrics?.RootElement;
        var rows = ranking?.RootElement.ValueKind == JsonValueKind.Array
            ? ranking.RootElement.EnumerateArray().Where(row => row.ValueKind == JsonValueKind.Object).Select(Row).ToList()
            : [];
        var worstIds = worst?.RootElement.ValueKind == JsonValueKind.Object
            ? worst.RootElement.EnumerateObject().ToDictionary(
                intent => intent.Name,
                intent => (IReadOnlyList<string>)(intent.Value.ValueKind == JsonValueKind.Array
                    ? intent.Value.EnumerateArray().Select(c => String(c, "conversation_id")).OfType<string>().ToList()
                    : []),
                StringComparer.Ordinal)
            : new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var enabled = EnabledToolsLine().Match(prompt) is { Success: true } line
            ? line.Groups["tools"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

        return new ProposerInput(
            Number(metricsRoot, "resolution_rate"),
            Number(metricsRoot, "avg_csat"),
            Number(metricsRoot, "avg_turns"),
            Number(metricsRoot, "n") is { } n ? (long)n : null,
            rows,
            worstIds,
            enabled);
    }

    private static RankedIntent Row(JsonElement row) => new(
        String(row, "intent") ?? "",
        String(row, "tool") ?? "",
        (long)(Number(row, "frequency") ?? 0),
        Number(row, "unresolved_rate") ?? 0,
        (int)Math.Clamp(Number(row, "effort") ?? 2, 1, 3),
        Number(row, "score") ?? 0,
        String(row, "plugin"),
        row.TryGetProperty("plugin_enabled", out var enabled) && enabled.ValueKind == JsonValueKind.True);

    private static JsonDocument? Document(IReadOnlyDictionary<string, object?> extra, string key)
    {
        if (extra.GetValueOrDefault(key) is not string text)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double? Number(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Number
            ? property.GetDouble()
            : null;

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    [GeneratedRegex(@"^enabled_tools:\s*\[(?<tools>[^\]]*)\]", RegexOptions.Multiline)]
    private static partial Regex EnabledToolsLine();
}
