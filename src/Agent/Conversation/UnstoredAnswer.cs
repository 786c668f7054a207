using AgentSupport.Agent.Tools;

namespace AgentSupport.Agent.Conversation;

/// <summary>
/// A turn ended but its answer could not be stored (the database went away meanwhile). The customer's message was
/// stored before the turn began, and what the tools did is stored by the tools themselves, so the customer is told
/// exactly that, and what the answer they read cannot be relied on for.
/// </summary>
public static class UnstoredAnswer
{
    /// <param name="ending">How the turn ended.</param>
    /// <param name="language">The conversation's language.</param>
    /// <param name="reason">What failed, for logs and operators.</param>
    public static TurnFailed Of(TurnEnded ending, string? language, string reason)
    {
        var normalized = ConversationLanguage.Normalize(language);
        var done = CompletedActions.Describe(ending.ToolCalls.Where(call => !Escalation.IsEscalation(call)), normalized);
        var message = CustomerMessages.Unavailable(normalized, done, handedOverTo: null, alreadyWithAPerson: ending.Escalated);
        return new TurnFailed(message, reason, ending.ToolCalls, ending.Escalated, ending.Usage);
    }
}
