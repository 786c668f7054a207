using AgentSupport.Prompts.Templates;

namespace AgentSupport.Agent.Conversation;

/// <summary>The prompt's budget of customer turns (<c>max_turns</c>), which the agent enforces whatever the model does.</summary>
public static class TurnBudget
{
    /// <summary>
    /// Whether a new customer message after <paramref name="history"/> goes past the budget: the agent then hands the
    /// conversation over without the model, so it renders no prompt.
    /// </summary>
    public static bool IsSpent(PromptPolicy policy, IReadOnlyList<ChatTurn> history) =>
        ConversationHistory.CustomerTurns(history) + 1 > policy.MaxTurns;
}
