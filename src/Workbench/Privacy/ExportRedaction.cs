using System.Text.Json.Nodes;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Conversations;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Workbench.Privacy;

/// <summary>The free text of exported conversations, proposals and report samples, with personal data redacted.</summary>
public static class ExportRedaction
{
    public static SeedConversation Redact(SeedConversation conversation) => conversation with
    {
        Meta = conversation.Meta with
        {
            CustomerIssue = RedactOrNull(conversation.Meta.CustomerIssue),
            CustomerGoal = RedactOrNull(conversation.Meta.CustomerGoal),
        },
        Transcript = conversation.Transcript.Select(m => m with { Text = PersonalDataRedactor.Redact(m.Text) }).ToArray(),
        Outcomes = conversation.Outcomes with { Summary = RedactOrNull(conversation.Outcomes.Summary) },
    };

    public static TranscriptPair Redact(TranscriptPair pair) => pair with { Baseline = Redact(pair.Baseline), Candidate = Redact(pair.Candidate) };

    /// <summary>A copy of <paramref name="node"/> whose every string value is redacted; names and numbers stay.</summary>
    public static JsonNode Redact(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Redact(p.Value)))),
        JsonArray a => new JsonArray(a.Select(item => item is null ? null : Redact(item)).ToArray()),
        JsonValue v when v.TryGetValue<string>(out var text) => JsonValue.Create(PersonalDataRedactor.Redact(text)),
        _ => node.DeepClone(),
    };

    private static IReadOnlyList<TranscriptMessage> Redact(IReadOnlyList<TranscriptMessage> transcript) =>
        transcript.Select(m => m with { Text = PersonalDataRedactor.Redact(m.Text) }).ToArray();

    private static string? RedactOrNull(string? text) => text is null ? null : PersonalDataRedactor.Redact(text);
}
