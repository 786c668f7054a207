namespace AgentSupport.Web.Privacy;

/// <summary>A customer's request to have their personal data erased; an admin approves or rejects it (with a reason).</summary>
public sealed class ErasureRequest
{
    public int Id { get; set; }

    public Guid CustomerId { get; set; }

    public DateTime RequestedAt { get; set; }

    /// <summary>One of <see cref="ErasureStatus"/>.</summary>
    public string Status { get; set; } = ErasureStatus.Pending;

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>Why an admin rejected it; required for a rejection.</summary>
    public string? RejectionReason { get; set; }
}

public static class ErasureStatus
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [Pending, Approved, Rejected];
}
