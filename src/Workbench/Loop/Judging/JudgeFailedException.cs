namespace AgentSupport.Workbench.Loop.Judging;

/// <summary>The judge gave no usable score for a conversation; the conversation then counts as unresolved without a csat.</summary>
public sealed class JudgeFailedException(string message, Exception? inner = null) : Exception(message, inner);
