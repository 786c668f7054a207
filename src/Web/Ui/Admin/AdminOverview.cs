using AgentSupport.Web.Accounts;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>Counts and recent hand-overs for the admin console's first screen.</summary>
public sealed class AdminOverview(ScopedOperations operations)
{
    public const int RecentEscalations = 10;

    public Task<AdminSnapshot> LoadAsync(CancellationToken ct) => operations.RunAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        var tickets = await db.Tickets.AsNoTracking().GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var conversations = await db.Conversations.AsNoTracking().GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var customers = await db.Users.AsNoTracking().CountAsync(u => u.Role == Roles.Customer, ct);

        var escalated = await db.Conversations.AsNoTracking()
            .Where(c => c.Status == ConversationStatus.Escalated)
            .OrderByDescending(c => c.UpdatedAt).Take(RecentEscalations)
            .LeftJoin(db.Users, c => c.CustomerId, u => (Guid?)u.Id,
                (c, u) => new EscalatedConversation(c.Id, u == null ? null : u.DisplayName, c.Context, c.Channel, c.TicketId, c.UpdatedAt))
            .ToListAsync(ct);

        return new AdminSnapshot(customers, tickets, conversations, escalated);
    });
}

public sealed record AdminSnapshot(
    int Customers,
    IReadOnlyDictionary<string, int> TicketsByStatus,
    IReadOnlyDictionary<string, int> ConversationsByStatus,
    IReadOnlyList<EscalatedConversation> RecentEscalations)
{
    public int OpenTickets => TicketStatus.All.Where(s => s is not (TicketStatus.Resolved or TicketStatus.Closed)).Sum(s => TicketsByStatus.GetValueOrDefault(s));
}

/// <param name="Customer">Null once the conversation is anonymised.</param>
public sealed record EscalatedConversation(Guid Id, string? Customer, string Context, string Channel, int? TicketId, DateTime UpdatedAt);
