using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>The console's ticket desk, through the same <see cref="TicketDesk"/> as the HTTP API.</summary>
public sealed class AdminTickets(ScopedOperations operations)
{
    public Task<Page<TicketRow>> ListAsync(ClaimsPrincipal admin, string? status, int page, int pageSize, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var found = await services.GetRequiredService<TicketDesk>().ListAsync(admin, status, null, page + 1, pageSize, ct);
            var names = await CustomerNamesAsync(services.GetRequiredService<AppDbContext>(), found.Items.Select(t => t.CustomerId), ct);
            return new Page<TicketRow>(found.Items.Select(t => new TicketRow(t, names.GetValueOrDefault(t.CustomerId, ""))).ToList(), found.Total, found.PageNumber, found.PageSize);
        });

    /// <summary>
    /// The ticket, its messages, its customer and the conversations linked to it with their transcripts and tool calls,
    /// so whoever takes a handed-over case reads what was said and looked up; null when the ticket does not exist.
    /// </summary>
    public Task<AdminTicketView?> GetAsync(ClaimsPrincipal admin, int id, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var desk = services.GetRequiredService<TicketDesk>();
            if (await desk.GetAsync(admin, id, ct) is not { } ticket) return null;
            var messages = await desk.MessagesAsync(admin, id, ct) ?? [];
            var customer = await db.Users.AsNoTracking().Where(u => u.Id == ticket.CustomerId).Select(u => u.DisplayName).SingleAsync(ct);
            var linked = await db.Conversations.AsNoTracking().Where(c => c.TicketId == id)
                .OrderByDescending(c => c.UpdatedAt).Select(c => c.Id).ToListAsync(ct);
            var conversations = new List<ConversationDetail>();
            foreach (var conversation in linked)
            {
                if (await services.GetRequiredService<ConversationDesk>().GetAsync(admin, conversation, ct) is { } detail)
                    conversations.Add(detail);
            }
            return new AdminTicketView(ticket, customer, messages, conversations);
        });

    public Task<bool> ChangeStatusAsync(ClaimsPrincipal admin, int id, string status, CancellationToken ct)
    {
        var request = new ChangeStatusRequest(status);
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services =>
            (await services.GetRequiredService<TicketDesk>().ChangeStatusAsync(admin, id, request.Status, ct)).Ticket is not null);
    }

    public Task<bool> ReplyAsync(ClaimsPrincipal admin, int id, AddMessageRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services =>
            await services.GetRequiredService<TicketDesk>().AddMessageAsync(admin, id, request.Body, ct) is not null);
    }

    private static Task<Dictionary<Guid, string>> CustomerNamesAsync(AppDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => distinct.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}

public sealed record TicketRow(TicketResponse Ticket, string Customer);

public sealed record AdminTicketView(TicketResponse Ticket, string Customer, IReadOnlyList<TicketMessageResponse> Messages, IReadOnlyList<ConversationDetail> Conversations);
