namespace AgentSupport.Web.Tickets;

public static class TicketStatus
{
    public const string Open = "open";
    public const string InProgress = "in_progress";
    public const string WaitingOnCustomer = "waiting_on_customer";
    public const string Escalated = "escalated";
    public const string Resolved = "resolved";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Open, InProgress, WaitingOnCustomer, Escalated, Resolved, Closed];
}
