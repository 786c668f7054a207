namespace AgentSupport.Web.Privacy;

/// <summary>One access to a customer's personal data: who, what, when (and why, when a reason was given).</summary>
public sealed class PrivacyAuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    /// <summary>One of <see cref="PrivacyActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>What was read or exported, e.g. <c>conversation 3f2c…</c> or <c>ticket 12</c>.</summary>
    public required string Subject { get; set; }

    public Guid? CustomerId { get; set; }

    public string? Reason { get; set; }
}

public static class PrivacyActions
{
    public const string ReadConversation = "read-conversation";
    public const string ReadTicket = "read-ticket";
    public const string Export = "export";
    public const string UnredactedExports = "unredacted-exports";
    public const string DataExport = "data-export";
    public const string ErasureRequested = "erasure-requested";
    public const string ErasureApproved = "erasure-approved";
    public const string ErasureRejected = "erasure-rejected";
    public const string Retention = "retention";

    public static IReadOnlyList<string> All { get; } =
        [ReadConversation, ReadTicket, Export, UnredactedExports, DataExport, ErasureRequested, ErasureApproved, ErasureRejected, Retention];
}
