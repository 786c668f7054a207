namespace AgentSupport.Web.Conversations;

public sealed class ConversationMessage
{
    public long Id { get; set; }
    public Guid ConversationId { get; set; }
    /// <summary>1-based position in the transcript.</summary>
    public int Turn { get; set; }
    /// <summary><c>user</c> (the customer) or <c>assistant</c> (the agent).</summary>
    public required string Role { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}
