namespace AgentSupport.Workbench.Conversations;

/// <summary>
/// A conversation in the seed dialect of the conversation files: what live exports and regenerated
/// conversations are written as, so the analysis reads them like any uploaded file.
/// </summary>
public sealed record SeedConversation(SeedMeta Meta, IReadOnlyList<SeedMessage> Transcript, SeedOutcomes Outcomes);

public sealed record SeedMeta(
    string ConversationId,
    string Company,
    string Context,
    string Channel,
    string Tone,
    string Language,
    string? CustomerIssue,
    string? CustomerGoal,
    string? AgentGoal,
    bool Resolved,
    int NumInteractions,
    double? DurationSec,
    SeedUsage? Usage = null);

/// <summary>Model tokens the agent used in the conversation (live exports), written as <c>meta.usage</c>.</summary>
/// <param name="Model">The model or models that answered, comma-separated.</param>
public sealed record SeedUsage(long InputTokens, long OutputTokens, string? Model);

/// <param name="Speaker"><c>cliente</c> or <c>agente</c>.</param>
public sealed record SeedMessage(int Turn, string Speaker, string Text, DateTimeOffset Timestamp)
{
    public const string Customer = "cliente";
    public const string Agent = "agente";
}

public sealed record SeedOutcomes(double? CsatEstimated1To5, string? NextAction, bool FollowupNeeded, string? Summary);
