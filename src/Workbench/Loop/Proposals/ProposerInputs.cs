using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Templates;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Privacy;

namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>
/// The four data blocks of the <c>proposer</c> prompt, each a JSON text so that a remote model reads them and the
/// Offline engine parses them (it receives them as the prompt variables' extras):
/// <list type="bullet">
/// <item><c>metrics</c>: the analysis summary (keys of <c>analyze --json</c> without the ranking) plus <c>by_channel</c>, <c>by_tone</c>, <c>by_language</c>;</item>
/// <item><c>intent_ranking</c>: the ranking rows, best score first, each with <c>plugin</c> (the catalog plugin serving the intent, or null) and <c>plugin_enabled</c> (in the current prompt);</item>
/// <item><c>worst_conversations</c>: intent → conversations {conversation_id, context, resolved, csat, summary, transcript ["speaker: text"]}, personal data redacted, since the inputs are stored with the run;</item>
/// <item><c>current_prompt</c>: the whole file (front matter and body) of the current agent prompt.</item>
/// </list>
/// </summary>
public sealed record ProposerInputs(string Metrics, string IntentRanking, string WorstConversations, string CurrentPrompt)
{
    /// <summary>Worst conversations per intent the proposer sees; more adds tokens, not insight.</summary>
    public const int WorstPerIntent = 3;

    /// <summary>Messages kept from each worst conversation's transcript.</summary>
    public const int MessagesPerConversation = 14;

    private static readonly JsonSerializerOptions Compact = new(AnalysisJson.Options) { WriteIndented = false };

    private static readonly string[] LeftOutOfMetrics = ["ranking", "bad_lines", "bad_line_details", "n_warnings", "warnings"];

    public static ProposerInputs From(AnalysisReport analysis, PromptVersion currentPrompt)
    {
        var metrics = AnalysisJson.ToExportDocument(analysis);
        foreach (var key in LeftOutOfMetrics)
        {
            metrics.Remove(key);
        }

        var ranking = new JsonArray();
        foreach (var row in analysis.Result.Ranking)
        {
            var item = JsonSerializer.SerializeToNode(row, AnalysisJson.Options)!.AsObject();
            var plugin = PluginCatalog.ForIntent(row.Intent)?.Name;
            item["plugin"] = plugin;
            item["plugin_enabled"] = plugin is not null && currentPrompt.Policy.IsToolEnabled(plugin);
            ranking.Add(item);
        }

        var worst = new JsonObject();
        foreach (var (intent, conversations) in analysis.WorstConversations)
        {
            worst[intent] = new JsonArray(conversations.Take(WorstPerIntent).Select(c => (JsonNode)new JsonObject
            {
                ["conversation_id"] = c.ConversationId,
                ["context"] = c.Context,
                ["resolved"] = c.Resolved,
                ["csat"] = c.Csat,
                ["summary"] = c.Summary is null ? null : PersonalDataRedactor.Redact(c.Summary),
                ["transcript"] = new JsonArray(c.Transcript.Take(MessagesPerConversation)
                    .Select(m => (JsonNode)JsonValue.Create($"{m.Speaker}: {PersonalDataRedactor.Redact(m.Text)}")).ToArray()),
            }).ToArray());
        }

        return new ProposerInputs(metrics.ToJsonString(Compact), ranking.ToJsonString(Compact), worst.ToJsonString(Compact), currentPrompt.Source);
    }

    /// <summary>The proposer prompt's variables; <paramref name="language"/> is the language the proposal is written in.</summary>
    public PromptVariables ToVariables(string language) => new()
    {
        Language = language,
        Extra = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["metrics"] = Metrics,
            ["intent_ranking"] = IntentRanking,
            ["worst_conversations"] = WorstConversations,
            ["current_prompt"] = CurrentPrompt,
        },
    };
}
