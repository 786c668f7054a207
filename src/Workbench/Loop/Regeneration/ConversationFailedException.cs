namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// A regenerated conversation could not be completed (the agent's turn failed, a model call timed out); it may be
/// retried. <see cref="Partial"/> holds the messages exchanged before the failure, so a conversation that keeps
/// failing is recorded as far as it went.
/// </summary>
public sealed class ConversationFailedException(string message, Exception? inner = null) : Exception(message, inner)
{
    public IReadOnlyList<TranscriptTurn> Partial { get; init; } = [];

    public double PartialDurationSec { get; init; }
}
