namespace AgentSupport.Web.Conversations;

/// <summary>One plugin function the agent ran during a turn, as it ran.</summary>
public sealed class ToolCall
{
    public long Id { get; set; }
    public Guid ConversationId { get; set; }
    /// <summary>The turn of the agent message this call served.</summary>
    public int Turn { get; set; }
    public required string Plugin { get; set; }
    public required string Function { get; set; }
    public required string ArgumentsJson { get; set; }
    public required string ResultJson { get; set; }
    public bool Succeeded { get; set; }
    public int DurationMs { get; set; }
    public DateTime CreatedAt { get; set; }
}
