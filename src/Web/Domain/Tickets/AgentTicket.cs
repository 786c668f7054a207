using AgentSupport.Web.Tickets;

namespace AgentSupport.Web.Domain.Tickets;

/// <summary>
/// What the agent recorded about a ticket it opened or escalated, beside the ticket itself: the
/// conversation it came from and the hand-over to a human.
/// </summary>
public sealed class AgentTicket
{
    public int TicketId { get; set; }
    public Ticket? Ticket { get; set; }

    /// <summary>The conversation the ticket was opened from, as the agent host names it.</summary>
    public string? ConversationId { get; set; }

    public DateTime? EscalatedAt { get; set; }
    public string? EscalationReason { get; set; }
}
