using System.Security.Claims;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tickets;

namespace AgentSupport.Web.Accounts;

/// <summary>
/// Who may see a customer's records, written once for every list and lookup: an admin sees every ticket and
/// conversation, a customer only their own. Whatever is filtered out is answered like a missing record, so ids
/// cannot be probed.
/// </summary>
public static class Visibility
{
    public static IQueryable<Ticket> VisibleTo(this IQueryable<Ticket> tickets, ClaimsPrincipal user) =>
        user.IsAdmin() ? tickets : tickets.OwnedBy(user);

    public static IQueryable<Conversation> VisibleTo(this IQueryable<Conversation> conversations, ClaimsPrincipal user) =>
        user.IsAdmin() ? conversations : conversations.OwnedBy(user);

    /// <summary>The caller's own tickets, admin or not: acting as the customer is only for the customer.</summary>
    public static IQueryable<Ticket> OwnedBy(this IQueryable<Ticket> tickets, ClaimsPrincipal user)
    {
        var customerId = user.UserId();
        return tickets.Where(t => t.CustomerId == customerId);
    }

    /// <summary>The caller's own conversations, admin or not: admins read every conversation, but only its customer acts in it.</summary>
    public static IQueryable<Conversation> OwnedBy(this IQueryable<Conversation> conversations, ClaimsPrincipal user)
    {
        var customerId = user.UserId();
        return conversations.Where(c => c.CustomerId == customerId);
    }
}
