using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;

namespace AgentSupport.Agent.Offline.Proposer;

/// <summary>
/// The proposer's four data blocks, parsed: <c>metrics</c> (the analysis summary: <c>n_valid</c>, the rates and averages,
/// and the <c>by_channel</c>, <c>by_tone</c> and <c>by_language</c> breakdowns), <c>intent_ranking</c> (rows with intent,
/// tool, frequency, unresolved_rate, csat_gap, effort, score, plugin, plugin_enabled), <c>worst_conversations</c>
/// (intent → conversations with conversation_id and transcript lines "speaker: text") and <c>current_prompt</c> (the
/// file text, whose front matter gives the policy). Missing or malformed blocks read as empty, so the rules still answer.
/// </summary>
internal sealed partial record ProposerInput(
    double? ResolutionRate,
    double? AverageCsat,
    double? AverageTurns,
    double? Composite,
    long? Conversations,
    IReadOnlyList<ProposerInput.Group> ByChannel,
    IReadOnlyList<ProposerInput.Group> ByTone,
    IReadOnlyList<ProposerInput.Group> ByLanguage,
    IReadOnlyList<ProposerInput.RankedIntent> Ranking,
    IReadOnlyDictionary<string, IReadOnlyList<ProposerInput.WorstConversation>> WorstConversations,
    PromptPolicy? CurrentPolicy)
{
    public sealed record RankedIntent(string Intent, string Tool, long Frequency, double UnresolvedRate, int Effort, double Score, string? Plugin, bool PluginEnabled);

    /// <summary>One value of a breakdown (a channel, a tone, a language) and its metrics.</summary>
    public sealed record Group(string Key, long Conversations, double? ResolutionRate, double? AverageCsat, double? Composite);

    public sealed record WorstConversation(string Id, IReadOnlyList<string> Transcript);

    private const string DefaultPromptId = "customer-agent";

    private static readonly PromptValidator Validator = new(PluginCatalog.Names);

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
        var worstConversations = worst?.RootElement.ValueKind == JsonValueKind.Object
            ? worst.RootElement.EnumerateObject().ToDictionary(
                intent => intent.Name,
                intent => (IReadOnlyList<WorstConversation>)(intent.Value.ValueKind == JsonValueKind.Array
                    ? intent.Value.EnumerateArray().Select(Worst).OfType<WorstConversation>().ToList()
                    : []),
                StringComparer.Ordinal)
            : new Dictionary<string, IReadOnlyList<WorstConversation>>(StringComparer.Ordinal);

        return new ProposerInput(
            Number(metricsRoot, "resolution_rate"),
            Number(metricsRoot, "avg_csat"),
            Number(metricsRoot, "avg_turns"),
            Number(metricsRoot, "composite"),
            Number(metricsRoot, "n_valid") is { } n ? (long)n : null,
            Groups(metricsRoot, "by_channel"),
            Groups(metricsRoot, "by_tone"),
            Groups(metricsRoot, "by_language"),
            rows,
            worstConversations,
            Policy(prompt));
    }

    /// <summary>The current prompt's policy from its front matter, or null when the text is no valid prompt version.</summary>
    private static PromptPolicy? Policy(string prompt)
    {
        if (prompt.Length == 0)
        {
            return null;
        }

        var id = PromptId().Match(prompt) is { Success: true } match ? match.Groups["id"].Value : DefaultPromptId;
        if (!PromptNames.IsValidPromptId(id))
        {
            return null;
        }

        var result = Validator.ValidateDraft(id, prompt);
        return result.IsValid ? result.Version!.Policy : null;
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

    private static WorstConversation? Worst(JsonElement conversation) =>
        String(conversation, "conversation_id") is { } id
            ? new WorstConversation(id, conversation.TryGetProperty("transcript", out var lines) && lines.ValueKind == JsonValueKind.Array
                ? lines.EnumerateArray().Where(line => line.ValueKind == JsonValueKind.String).Select(line => line.GetString()!).ToList()
                : [])
            : null;

    private static IReadOnlyList<Group> Groups(JsonElement? metrics, string name) =>
        metrics is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty(name, out var breakdown) && breakdown.ValueKind == JsonValueKind.Object
            ? breakdown.EnumerateObject()
                .Where(group => group.Value.ValueKind == JsonValueKind.Object)
                .Select(group => new Group(
                    group.Name,
                    (long)(Number(group.Value, "n") ?? 0),
                    Number(group.Value, "resolution_rate"),
                    Number(group.Value, "avg_csat"),
                    Number(group.Value, "composite")))
                .ToList()
            : [];

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

    [GeneratedRegex(@"^id:\s*(?<id>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PromptId();
}
