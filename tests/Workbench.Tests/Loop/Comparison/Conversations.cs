using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Workbench.Tests.Loop.Comparison;

/// <summary>Hand-made conversations whose metrics can be checked on paper.</summary>
internal static class Conversations
{
    public static ConversationInput Make(string id, bool resolved, double? csat, int turns, double? duration = 60, string context = "buying") => new()
    {
        ConversationId = id,
        Context = context,
        Channel = "whatsapp",
        Tone = "amable",
        Language = "es",
        Resolved = resolved,
        Csat = csat,
        DurationSec = duration,
        Summary = $"summary of {id}",
        Transcript = Enumerable.Range(0, turns)
            .Select(i => new TranscriptMessage(i % 2 == 0 ? "cliente" : "agente", $"{id} message {i + 1}"))
            .ToArray(),
    };

    /// <summary>n conversations with ids s1..sn, all alike.</summary>
    public static ConversationInput[] Many(int n, bool resolved, double? csat, int turns, double? duration = 60) =>
        Enumerable.Range(1, n).Select(i => Make($"s{i}", resolved, csat, turns, duration)).ToArray();
}
