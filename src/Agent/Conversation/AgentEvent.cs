namespace AgentSupport.Agent;

/// <summary>What a running turn reports, in order: text deltas and tool activity, then exactly one
/// <see cref="TurnCompleted"/> or <see cref="TurnFailed"/>.</summary>
public abstract record AgentEvent;

/// <summary>A piece of the reply, to append to what was shown so far.</summary>
public sealed record TextDelta(string Text) : AgentEvent;

/// <summary>The model asked for a tool and the agent is running it.</summary>
public sealed record ToolCallStarted(string Plugin, string Function) : AgentEvent;

/// <summary>A tool call finished (successfully or not).</summary>
public sealed record ToolCallCompleted(ToolCallRecord Call) : AgentEvent;

/// <summary>The turn ended normally.</summary>
/// <param name="Text">The whole reply, the concatenation of the turn's <see cref="TextDelta"/>s.</param>
/// <param name="ToolCalls">Every tool call of the turn, in order.</param>
/// <param name="Escalated">The conversation is in a person's hands (handed over in this turn or before).</param>
/// <param name="Usage">Tokens the provider reported; null when it reported none (Offline).</param>
public sealed record TurnCompleted(string Text, IReadOnlyList<ToolCallRecord> ToolCalls, bool Escalated, TokenUsage? Usage) : AgentEvent;

/// <summary>The turn could not be answered (model unavailable after retries, timeout, broken prompt).</summary>
/// <param name="CustomerMessage">What to show the customer, in the conversation's language.</param>
/// <param name="Reason">What went wrong, for logs and operators; never shown to the customer.</param>
public sealed record TurnFailed(string CustomerMessage, string Reason) : AgentEvent;

/// <summary>Tokens used by one turn, summed over every model call it made.</summary>
public sealed record TokenUsage(long InputTokens, long OutputTokens)
{
    public long TotalTokens => InputTokens + OutputTokens;
}
