using AgentSupport.Web.Domain;

namespace AgentSupport.Web.Ui.Formatting;

/// <summary>Tickets as customers and the agent name them ("TK-7"), so the page and the chat agree.</summary>
public static class TicketNumber
{
    public static string Format(int id) => PublicId.Format(PublicId.Ticket, id);
}
