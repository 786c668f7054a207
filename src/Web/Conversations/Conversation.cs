namespace AgentSupport.Web.Conversations;

/// <summary>A chat between a customer and the agent, with the prompt version that served it.</summary>
public sealed class Conversation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Null once the conversation is anonymised (retention or erasure): its metrics stay, nobody is linked to it.</summary>
    public Guid? CustomerId { get; set; }
    public int? TicketId { get; set; }
    public required string Context { get; set; }
    public required string Channel { get; set; }
    public required string Language { get; set; }
    public required string Tone { get; set; }
    public required string PromptId { get; set; }
    public int PromptVersion { get; set; }
    /// <summary>The live experiment that chose <see cref="PromptVersion"/>, and the arm the customer is in; null outside one.</summary>
    public Guid? ExperimentId { get; set; }
    public string? ExperimentArm { get; set; }
    public string Status { get; set; } = ConversationStatus.Open;
    public double? Csat { get; set; }
    public string? RatingComment { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    /// <summary>When its texts were redacted or erased and its customer unlinked.</summary>
    public DateTime? AnonymisedAt { get; set; }
    public List<ConversationMessage> Messages { get; set; } = [];
    public List<ToolCall> ToolCalls { get; set; } = [];
}

public static class ConversationStatus
{
    public const string Open = "open";
    public const string Resolved = "resolved";
    public const string Escalated = "escalated";
}
