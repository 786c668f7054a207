using AgentSupport.Agent.Tools;
namespace AgentSupport.Agent.Conversation;

/// <summary>What a running turn reports, in order: text deltas and tool activity, then exactly one
/// <see cref="TurnCompleted"/> or <see cref="TurnFailed"/>.</summary>
public abstract record AgentEvent;

/// <summary>A piece of the reply, to append to what was shown so far.</summary>
public sealed record TextDelta(string Text) : AgentEvent;

/// <summary>The model asked for a tool and the agent is running it.</summary>
public sealed record ToolCallStarted(string Plugin, string Function) : AgentEvent;

/// <summary>A tool call finished (successfully or not).</summary>
public sealed record ToolCallCompleted(ToolCallRecord Call) : AgentEvent;

/// <summary>How a turn ended, completed or failed: what the customer was shown, what its tools did, the tokens it used.</summary>
/// <param name="ToolCalls">Every tool call the turn finished, in order.</param>
/// <param name="Escalated">The conversation is in a person's hands.</param>
/// <param name="Usage">Tokens the provider reported; null when none.</param>
public abstract record TurnEnded(IReadOnlyList<ToolCallRecord> ToolCalls, bool Escalated, TokenUsage? Usage) : AgentEvent
{
    /// <summary>The text the customer was shown for the turn: the reply, or the failure message.</summary>
    public abstract string Shown { get; }
}

/// <summary>The turn ended normally.</summary>
/// <param name="Text">The whole reply, the concatenation of the turn's <see cref="TextDelta"/>s.</param>
/// <param name="ToolCalls">Every tool call of the turn, in order.</param>
/// <param name="Escalated">The conversation is in a person's hands (handed over in this turn or before).</param>
/// <param name="Usage">Tokens the provider reported; null when it reported none (Offline).</param>
/// <param name="ToolSchemaBytes">Size of the tool schemas each model request of the turn carried.</param>
public sealed record TurnCompleted(string Text, IReadOnlyList<ToolCallRecord> ToolCalls, bool Escalated, TokenUsage? Usage, int ToolSchemaBytes = 0)
    : TurnEnded(ToolCalls, Escalated, Usage)
{
    public override string Shown => Text;
}

/// <summary>
/// The turn could not be answered (model unavailable after retries, timeout, unreadable reply, broken prompt).
/// What the turn did before failing still happened, so it is reported like a completed turn's.
/// </summary>
/// <param name="CustomerMessage">What to show the customer, in the conversation's language: what was done and who follows up.</param>
/// <param name="Reason">What went wrong, for logs and operators; never shown to the customer.</param>
/// <param name="ToolCalls">Every tool call the turn finished before failing, the agent's hand-over included.</param>
/// <param name="Escalated">The conversation is in a person's hands (handed over by this failure or before).</param>
/// <param name="Usage">Tokens the provider reported before the failure; null when none.</param>
public sealed record TurnFailed(string CustomerMessage, string Reason, IReadOnlyList<ToolCallRecord> ToolCalls, bool Escalated, TokenUsage? Usage)
    : TurnEnded(ToolCalls, Escalated, Usage)
{
    public override string Shown => CustomerMessage;
}

/// <summary>Tokens used by one turn, summed over every model call it made.</summary>
public sealed record TokenUsage(long InputTokens, long OutputTokens)
{
    public long TotalTokens => InputTokens + OutputTokens;

    /// <summary>The provider's figures, or null when it reported none.</summary>
    public static TokenUsage? From(Microsoft.Extensions.AI.UsageDetails usage) =>
        usage.InputTokenCount is null && usage.OutputTokenCount is null ? null : new TokenUsage(usage.InputTokenCount ?? 0, usage.OutputTokenCount ?? 0);
}
