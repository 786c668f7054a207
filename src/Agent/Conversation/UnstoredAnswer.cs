using AgentSupport.Agent.Tools;

namespace AgentSupport.Agent.Conversation;

/// <summary>
/// A turn ended but its answer could not be stored (the database went away meanwhile). The customer's message was
/// stored before the turn began, and what the tools did is stored by the tools themselves, so the customer is told
/// exactly that, and what the answer they read cannot be relied on for.
/// </summary>
public static class UnstoredAnswer
{
    /// <param name="ending">The turn's <see cref="TurnCompleted"/> or <see cref="TurnFailed"/>.</param>
    /// <param name="language">The conversation's language.</param>
    /// <param name="reason">What failed, for logs and operators.</param>
    public static TurnFailed Of(AgentEvent ending, string? language, string reason)
    {
        var (calls, escalated, usage) = ending switch
        {
            TurnCompleted completed => (completed.ToolCalls, completed.Escalated, completed.Usage),
            TurnFailed failed => (failed.ToolCalls, failed.Escalated, failed.Usage),
            _ => throw new ArgumentException($"A turn ends with {nameof(TurnCompleted)} or {nameof(TurnFailed)}, not {ending.GetType().Name}.", nameof(ending)),
        };
        var normalized = ConversationLanguage.Normalize(language);
        var done = CompletedActions.Describe(calls.Where(call => !Escalation.IsEscalation(call)), normalized);
        return new TurnFailed(CustomerMessages.Unavailable(normalized, done, handedOverTo: null, alreadyWithAPerson: escalated), reason, calls, escalated, usage);
    }
}
