using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>The console's ticket desk, through the same <see cref="TicketsApi"/> handlers as the HTTP API.</summary>
public sealed class AdminTickets(ScopedOperations operations)
{
    public Task<Page<TicketRow>> ListAsync(ClaimsPrincipal admin, string? status, int page, int pageSize, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            if ((await TicketsApi.ListAsync(admin, db, ct, status, page: page + 1, pageSize: pageSize)).Result is not Ok<Page<TicketResponse>> { Value: { } found })
                return new Page<TicketRow>([], 0, page + 1, pageSize);
            var names = await CustomerNamesAsync(db, found.Items.Select(t => t.CustomerId), ct);
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
            if ((await TicketsApi.GetAsync(id, admin, db, services.GetRequiredService<PrivacyAudit>(), ct)).Result is not Ok<TicketResponse> { Value: { } ticket }) return null;
            var messages = (await TicketsApi.ListMessagesAsync(id, admin, db, ct)).Result is Ok<List<TicketMessageResponse>> { Value: { } list } ? list : [];
            var customer = await db.Users.AsNoTracking().Where(u => u.Id == ticket.CustomerId).Select(u => u.DisplayName).SingleAsync(ct);
            var linked = await db.Conversations.AsNoTracking().Where(c => c.TicketId == id)
                .OrderByDescending(c => c.UpdatedAt).Select(c => c.Id).ToListAsync(ct);
            var conversations = new List<ConversationDetail>();
            foreach (var conversation in linked)
            {
                if ((await ConversationsApi.GetAsync(conversation, admin, db, services.GetRequiredService<PrivacyAudit>(), ct)).Result is Ok<ConversationDetail> { Value: { } detail })
                    conversations.Add(detail);
            }
            return new AdminTicketView(ticket, customer, messages, conversations);
        });

    public Task<bool> ChangeStatusAsync(ClaimsPrincipal admin, int id, string status, CancellationToken ct)
    {
        var request = new ChangeStatusRequest(status);
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services =>
            (await TicketsApi.ChangeStatusAsync(id, request, admin, services.GetRequiredService<AppDbContext>(),
                services.GetRequiredService<TimeProvider>(), ct)).Result is Ok<TicketResponse>);
    }

    public Task<bool> ReplyAsync(ClaimsPrincipal admin, int id, AddMessageRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services =>
            (await TicketsApi.AddMessageAsync(id, request, admin, services.GetRequiredService<AppDbContext>(),
                services.GetRequiredService<TimeProvider>(), ct)).Result is Created<TicketMessageResponse>);
    }

    private static Task<Dictionary<Guid, string>> CustomerNamesAsync(AppDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => distinct.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}

public sealed record TicketRow(TicketResponse Ticket, string Customer);

public sealed record AdminTicketView(TicketResponse Ticket, string Customer, IReadOnlyList<TicketMessageResponse> Messages, IReadOnlyList<ConversationDetail> Conversations);
