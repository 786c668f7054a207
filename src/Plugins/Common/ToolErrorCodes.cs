namespace AgentSupport.Plugins.Common;

/// <summary>The closed set of error codes a kernel function may return.</summary>
public static class ToolErrorCodes
{
    /// <summary>An argument is missing, malformed or out of range (bad plate, past or malformed date, negative amount).</summary>
    public const string InvalidArgument = "invalid_argument";

    /// <summary>Nothing of that kind belongs to the current customer.</summary>
    public const string NotFound = "not_found";

    /// <summary>The target is in a state that forbids the action (slot taken, offer already accepted, ticket closed).</summary>
    public const string Conflict = "conflict";

    /// <summary>The target's validity window has passed (an offer older than 24 hours).</summary>
    public const string Expired = "expired";

    /// <summary>A business rule refuses the request (credit refused, failure not covered, car too old to buy).</summary>
    public const string NotEligible = "not_eligible";

    /// <summary>A backing service failed; the request may be retried or escalated to a human.</summary>
    public const string Unavailable = "unavailable";
}
