using System.Security.Claims;
using AgentSupport.Prompts.Vocabulary;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Privacy;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Conversations;

/// <summary>
/// Conversations outside the chat turn itself, for the HTTP API and the pages alike: admins read every conversation
/// (audited) but only its customer starts, rates, resolves or hands it over (<see cref="Visibility"/>). Each method
/// answers null where the caller may not see or act on the conversation, which the API reports as not found.
/// </summary>
public sealed class ConversationDesk(AppDbContext db, ChatService chat, PrivacyAudit audit)
{
    /// <summary>Null when the request names a ticket that is not the caller's.</summary>
    public async Task<ConversationResponse?> StartAsync(ClaimsPrincipal user, StartConversationRequest request, CancellationToken ct)
    {
        if (request.TicketId is { } ticketId && !await db.Tickets.OwnedBy(user).AnyAsync(t => t.Id == ticketId, ct)) return null;

        var conversation = await chat.StartAsync(user.UserId(), new StartConversation(request.TicketId,
            ConversationVocabulary.Contexts.Canonical(request.Context)!, ConversationVocabulary.Channels.Canonical(request.Channel)!,
            ConversationVocabulary.Languages.Canonical(request.Language)!, ConversationVocabulary.Tones.Canonical(request.Tone)), ct);
        return ConversationResponse.From(conversation);
    }

    public async Task<Page<ConversationResponse>> ListAsync(ClaimsPrincipal user, Guid? customerId, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Conversations.AsNoTracking().VisibleTo(user);
        if (user.IsAdmin() && customerId is { } customer) query = query.Where(c => c.CustomerId == customer);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.UpdatedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<ConversationResponse>(items.Select(ConversationResponse.From).ToList(), total, page, pageSize);
    }

    public async Task<ConversationDetail?> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        if (await db.Conversations.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == id, ct) is not { } conversation) return null;
        await audit.RecordAdminReadAsync(user, PrivacyActions.ReadConversation, $"conversation {id}", conversation.CustomerId, ct);
        var messages = await db.ConversationMessages.AsNoTracking().Where(m => m.ConversationId == id).OrderBy(m => m.Turn).ToListAsync(ct);
        var calls = (await db.ToolCalls.AsNoTracking().Where(t => t.ConversationId == id).ToListAsync(ct)).OrderBy(t => t.Id);
        return new ConversationDetail(
            ConversationResponse.From(conversation),
            messages.Select(m => new MessageResponse(m.Turn, m.Role, m.Text, m.CreatedAt, m.InputTokens, m.OutputTokens, m.ModelId)).ToList(),
            calls.Select(c => new ToolCallResponse(c.Turn, c.Plugin, c.Function, c.ArgumentsJson, c.ResultJson, c.Succeeded, c.DurationMs)).ToList());
    }

    public async Task<ConversationResponse?> RateAsync(ClaimsPrincipal user, Guid id, RateRequest request, CancellationToken ct)
    {
        if (await FindOwnAsync(user, id, ct) is not { } conversation) return null;
        await chat.RateAsync(conversation, request.Csat, request.Comment, ct);
        return ConversationResponse.From(conversation);
    }

    /// <summary>Resolving closes the customer's conversation and ends their chat: like rating it, that is the customer's call.</summary>
    public async Task<ConversationResponse?> ResolveAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        if (await FindOwnAsync(user, id, ct) is not { } conversation) return null;
        await chat.ResolveAsync(conversation, ct);
        return ConversationResponse.From(conversation);
    }

    /// <summary>Null when the conversation is not the caller's; a hand-over without a ticket number could not be made.</summary>
    public async Task<Escalation?> EscalateAsync(ClaimsPrincipal user, Guid id, string? reason, CancellationToken ct)
    {
        if (await FindOwnAsync(user, id, ct) is not { } conversation) return null;
        var ticket = await chat.EscalateAsync(conversation, string.IsNullOrWhiteSpace(reason) ? "The customer asked to talk to a person." : reason, ct);
        return new Escalation(ConversationResponse.From(conversation), ticket);
    }

    private Task<Conversation?> FindOwnAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        db.Conversations.OwnedBy(user).SingleOrDefaultAsync(c => c.Id == id, ct);
}

/// <param name="TicketNumber">The ticket a person takes the conversation on; null when the hand-over failed.</param>
public sealed record Escalation(ConversationResponse Conversation, string? TicketNumber);
