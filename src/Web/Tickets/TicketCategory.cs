namespace AgentSupport.Web.Tickets;

/// <summary>The business areas a ticket can be about; they mirror the agent's plugins.</summary>
public static class TicketCategory
{
    public static readonly IReadOnlyList<string> All =
        ["buying", "selling", "offer", "inspection", "payout", "credit", "warranty", "documents", "appointment", "other"];
}
