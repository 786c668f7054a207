using System.Security.Claims;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Ui.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>The console's view of live conversations: a filtered list, and one conversation with its tool calls.</summary>
public sealed class AdminConversations(ScopedOperations operations)
{
    public Task<Page<ConversationRow>> ListAsync(ConversationFilter filter, int page, int pageSize, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var query = db.Conversations.AsNoTracking();
            if (filter.Status is { } status) query = query.Where(c => c.Status == status);
            if (filter.Context is { } context) query = query.Where(c => c.Context == context);
            if (filter.Channel is { } channel) query = query.Where(c => c.Channel == channel);

            // An anonymised conversation has no customer, and still counts.
            var rows = query.LeftJoin(db.Users, c => c.CustomerId, u => (Guid?)u.Id, (c, u) => new { Conversation = c, Customer = u });
            if (!string.IsNullOrWhiteSpace(filter.Customer))
            {
                var text = filter.Customer.Trim().ToUpperInvariant();
                rows = rows.Where(r => r.Customer != null && (r.Customer.NormalizedEmail.Contains(text) || r.Customer.DisplayName.ToUpper().Contains(text)));
            }

            var total = await rows.CountAsync(ct);
            var items = await rows.OrderByDescending(r => r.Conversation.UpdatedAt).ThenBy(r => r.Conversation.Id)
                .Skip(page * pageSize).Take(pageSize)
                .Select(r => new ConversationRow(
                    r.Conversation.Id, r.Customer == null ? null : r.Customer.DisplayName, r.Conversation.Context, r.Conversation.Channel, r.Conversation.Language,
                    r.Conversation.Status, r.Conversation.Csat, r.Conversation.PromptId, r.Conversation.PromptVersion,
                    db.ConversationMessages.Count(m => m.ConversationId == r.Conversation.Id),
                    r.Conversation.TicketId, r.Conversation.UpdatedAt))
                .ToListAsync(ct);
            return new Page<ConversationRow>(items, total, page + 1, pageSize);
        });

    /// <summary>One conversation as the API gives it to an admin, with who it was and the rating comment.</summary>
    public Task<AdminConversationView?> GetAsync(ClaimsPrincipal admin, Guid id, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            if (await services.GetRequiredService<ConversationDesk>().GetAsync(admin, id, ct) is not { } detail) return null;
            var extra = await db.Conversations.AsNoTracking().Where(c => c.Id == id)
                .LeftJoin(db.Users, c => c.CustomerId, u => (Guid?)u.Id,
                    (c, u) => new { DisplayName = u == null ? null : u.DisplayName, Email = u == null ? null : u.Email, c.RatingComment })
                .SingleAsync(ct);
            return new AdminConversationView(detail, extra.DisplayName, extra.Email, extra.RatingComment);
        });
}

/// <summary>Empty members do not filter.</summary>
public sealed record ConversationFilter(string? Status = null, string? Context = null, string? Channel = null, string? Customer = null);

public sealed record ConversationRow(
    Guid Id, string? Customer, string Context, string Channel, string Language, string Status, double? Csat,
    string PromptId, int PromptVersion, int Messages, int? TicketId, DateTime UpdatedAt);

/// <param name="CustomerName">Null once the conversation is anonymised.</param>
public sealed record AdminConversationView(ConversationDetail Detail, string? CustomerName, string? CustomerEmail, string? RatingComment);
