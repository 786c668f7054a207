using System.Security.Claims;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Privacy;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tickets;

/// <summary>
/// The ticket desk's rules, shared by the HTTP API and the console and portal pages: who sees which ticket
/// (<see cref="Visibility"/>), who may change its status, and that an admin reading a customer's ticket is audited.
/// Requests arrive validated (by the endpoint filter or the page's form rules).
/// </summary>
public sealed class TicketDesk(AppDbContext db, PrivacyAudit audit, TimeProvider clock)
{
    public async Task<TicketResponse> CreateAsync(ClaimsPrincipal user, CreateTicketRequest request, CancellationToken ct)
    {
        var ticket = new Ticket
        {
            CustomerId = user.UserId(),
            Subject = request.Subject.Trim(),
            Description = request.Description.Trim(),
            Category = request.Category,
        };
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(ct);
        return TicketResponse.From(ticket);
    }

    /// <summary>Newest activity first. An admin may narrow to one customer; a customer only ever gets their own.</summary>
    public async Task<Page<TicketResponse>> ListAsync(
        ClaimsPrincipal user, string? status, Guid? customerId, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Tickets.AsNoTracking().VisibleTo(user);
        if (user.IsAdmin() && customerId is { } customer) query = query.Where(t => t.CustomerId == customer);
        if (status is not null) query = query.Where(t => t.Status == status);

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<TicketResponse>(items.Select(TicketResponse.From).ToList(), total, page, pageSize);
    }

    /// <summary>The ticket, or null when it does not exist or the caller may not see it.</summary>
    public async Task<TicketResponse?> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        if (await FindAsync(user, id, ct) is not { } ticket) return null;
        await audit.RecordAdminReadAsync(user, PrivacyActions.ReadTicket, $"ticket {id}", ticket.CustomerId, ct);
        return TicketResponse.From(ticket);
    }

    /// <summary>A ticket's messages, oldest first; null when the caller may not see the ticket.</summary>
    public async Task<IReadOnlyList<TicketMessageResponse>?> MessagesAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        if (await FindAsync(user, id, ct) is null) return null;
        var messages = await db.TicketMessages.AsNoTracking().Where(m => m.TicketId == id)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(ct);
        return messages.Select(TicketMessageResponse.From).ToList();
    }

    /// <summary>Admins set any status; a customer may only close their own ticket.</summary>
    public async Task<TicketStatusChange> ChangeStatusAsync(ClaimsPrincipal user, int id, string status, CancellationToken ct)
    {
        if (await FindAsync(user, id, ct) is not { } ticket) return TicketStatusChange.NotFound;
        if (!user.IsAdmin() && status != TicketStatus.Closed) return TicketStatusChange.Forbidden;

        ticket.Status = status;
        ticket.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new TicketStatusChange(TicketResponse.From(ticket));
    }

    /// <summary>The stored message, or null when the caller may not see the ticket.</summary>
    public async Task<TicketMessageResponse?> AddMessageAsync(ClaimsPrincipal user, int id, string body, CancellationToken ct)
    {
        if (await FindAsync(user, id, ct) is not { } ticket) return null;

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new TicketMessage
        {
            TicketId = ticket.Id,
            AuthorId = user.UserId(),
            AuthorRole = user.IsAdmin() ? Roles.Admin : Roles.Customer,
            Body = body.Trim(),
            CreatedAt = now,
        };
        db.TicketMessages.Add(message);
        ticket.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return TicketMessageResponse.From(message);
    }

    private Task<Ticket?> FindAsync(ClaimsPrincipal user, int id, CancellationToken ct) =>
        db.Tickets.VisibleTo(user).SingleOrDefaultAsync(t => t.Id == id, ct);
}

/// <summary>The outcome of a status change: the changed ticket, or why there is none.</summary>
public sealed record TicketStatusChange(TicketResponse? Ticket, bool IsForbidden = false)
{
    public static TicketStatusChange NotFound { get; } = new(Ticket: null);

    public static TicketStatusChange Forbidden { get; } = new(Ticket: null, IsForbidden: true);
}
