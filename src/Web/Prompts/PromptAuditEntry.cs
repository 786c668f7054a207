namespace AgentSupport.Web.Prompts;

/// <summary>Who did what to a prompt, when and why: a new version, a label moved, a rollback.</summary>
public sealed class PromptAuditEntry
{
    public long Id { get; set; }
    public required string PromptId { get; set; }
    /// <summary><c>version_created</c>, <c>label_moved</c>, <c>rollback</c> or <c>label_removed</c>.</summary>
    public required string Action { get; set; }
    public string? Label { get; set; }
    public int? FromVersion { get; set; }
    public int? ToVersion { get; set; }
    public required string Actor { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
}

public static class PromptAuditActions
{
    public const string VersionCreated = "version_created";
    public const string LabelMoved = "label_moved";
    public const string Rollback = "rollback";
    public const string LabelRemoved = "label_removed";
}
