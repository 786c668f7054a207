using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Conversations;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// Regenerated conversations in the two shapes the rest of the Workbench reads: the seed dialect for the exports
/// and <see cref="ConversationInput"/> for the analysis. Both arms use the scenario id as conversation id, which is
/// what pairs them in a comparison. A failed conversation counts as the worst outcome (unresolved, csat 1), so an
/// arm cannot look better by failing; a conversation the judge could not score is unresolved without a csat.
/// </summary>
public static class RegeneratedConversations
{
    public const string Company = "AgentSupport";

    /// <summary>The score given to a conversation that could not be held.</summary>
    public const double FailedCsat = 1;

    public static SeedConversation ToSeed(ConversationResult result, Scenario scenario)
    {
        var (resolved, csat) = Outcome(result);
        return new SeedConversation(
            new SeedMeta(
                scenario.Id, Company, scenario.Context, scenario.Channel, scenario.Tone, scenario.Language,
                CustomerIssue: scenario.Intent, CustomerGoal: scenario.Goal, AgentGoal: scenario.Expectation.Description,
                resolved, result.Transcript.Count, result.DurationSec),
            result.Transcript.Select(t => new SeedMessage(t.Turn, t.Speaker, t.Text, t.At)).ToArray(),
            new SeedOutcomes(csat, NextAction(result), FollowupNeeded: !resolved, Summary(result)));
    }

    public static ConversationInput ToInput(ConversationResult result, Scenario scenario)
    {
        var (resolved, csat) = Outcome(result);
        return new ConversationInput
        {
            ConversationId = scenario.Id,
            Context = scenario.Context,
            Channel = scenario.Channel,
            Tone = scenario.Tone,
            Language = scenario.Language,
            Resolved = resolved,
            Csat = csat,
            DurationSec = result.DurationSec,
            Summary = Summary(result),
            Transcript = result.Transcript.Select(t => new TranscriptMessage(t.Speaker, t.Text)).ToArray(),
        };
    }

    private static (bool Resolved, double? Csat) Outcome(ConversationResult result) =>
        result.Failed ? (false, FailedCsat) : (result.Judgement?.Resolved ?? false, result.Judgement?.Csat);

    private static string NextAction(ConversationResult result) =>
        result.Failed ? "failed"
        : result.Transcript.Any(t => t.Escalated) ? "escalated"
        : result.Judgement?.Resolved == true ? "none"
        : "follow_up";

    private static string Summary(ConversationResult result) =>
        result.Failure is { } failure ? $"Conversation failed after {result.Attempts} attempt(s): {failure}"
        : result.JudgeFailure is { } judge ? $"Not scored: {judge}"
        : string.Join(" ", result.Judgement!.Reasons);
}
