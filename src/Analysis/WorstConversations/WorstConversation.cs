namespace AgentSupport.Workbench.Analysis.WorstConversations;

/// <summary>One of the worst conversations of an intent, with its transcript, for the proposer prompt.</summary>
public sealed record WorstConversation(
    long Line,
    string? ConversationId,
    string? Context,
    bool Resolved,
    double? Csat,
    string? Summary,
    IReadOnlyList<TranscriptMessage> Transcript);
