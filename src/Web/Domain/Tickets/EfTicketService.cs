using System.Linq.Expressions;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;
using PortTicket = AgentSupport.Plugins.Tickets.Ticket;
using Ticket = AgentSupport.Web.Tickets.Ticket;
using TicketMessage = AgentSupport.Web.Tickets.TicketMessage;
using WebStatus = AgentSupport.Web.Tickets.TicketStatus;

namespace AgentSupport.Web.Domain.Tickets;

/// <summary>
/// The Tickets port over the web app's own Tickets and TicketMessages tables, so what the agent opens
/// is what staff see and answer. Notes are ticket messages; a ticket opened from a conversation is
/// linked to it, and escalating links the conversation to the ticket a human will pick up.
/// </summary>
public sealed class EfTicketService(AppDbContext db) : ITicketService
{
    /// <summary>
    /// Author role of the messages the agent writes on the customer's behalf, so staff can tell them
    /// from what the customer typed.
    /// </summary>
    public const string AssistantRole = "assistant";

    public async Task<PortTicket?> FindTicketAsync(Guid customerId, string ticketNumber, CancellationToken cancellationToken) =>
        PublicId.TryParse(PublicId.Ticket, ticketNumber, out var id) ? await LoadAsync(customerId, id, cancellationToken) : null;

    public Task<IReadOnlyList<PortTicket>> RecentTicketsAsync(Guid customerId, string? conversationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // A ticket's conversation is the one the agent opened it from, else the latest conversation about it, as ToPort says.
        var linked = Guid.TryParse(conversationId, out var id) ? id : (Guid?)null;
        var after = since.ToStored();
        return ReadAsync(customerId, row =>
            (conversationId != null && (row.Details!.ConversationId == conversationId || (row.Details.ConversationId == null && linked != null && row.Conversation == linked)))
            || (row.Ticket.CreatedAt > after && (row.Details!.ConversationId != null || row.Conversation != null)), cancellationToken);
    }

    /// <summary>
    /// The customer's tickets that <paramref name="which"/> picks, with their messages, the agent's details and the latest
    /// conversation about each, in one round trip: a hand-over reads them while the customer waits.
    /// </summary>
    private async Task<IReadOnlyList<PortTicket>> ReadAsync(Guid customerId, Expression<Func<TicketRow, bool>> which, CancellationToken cancellationToken)
    {
        // A left join to the details (one row per ticket at most): a FirstOrDefault would number every ticket's details.
        var rows = await db.Tickets.AsNoTracking().Where(t => t.CustomerId == customerId)
            .LeftJoin(db.Set<AgentTicket>(), t => t.Id, a => a.TicketId, (t, a) => new TicketRow
            {
                Ticket = t,
                Details = a,
                Conversation = db.Conversations.Where(c => c.CustomerId == customerId && c.TicketId == t.Id)
                    .OrderByDescending(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefault(),
            })
            .Where(which)
            .OrderBy(x => x.Ticket.Id)
            .Select(x => new
            {
                x.Ticket,
                Messages = x.Ticket.Messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToList(),
                x.Details,
                x.Conversation,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(row => ToPort(row.Ticket, row.Messages, row.Details, row.Conversation?.ToString()))
            .ToList();
    }

    public async Task<PortTicket> CreateTicketAsync(Guid customerId, TicketRequest request, CancellationToken cancellationToken)
    {
        var (ticket, details) = New(customerId, request);
        // A conversation that is already about a ticket keeps it; a new one gets this ticket.
        await SaveAndLinkAsync(customerId, request.ConversationId, ticket, onlyIfUnlinked: true, cancellationToken);
        return ToPort(ticket, [], details, request.ConversationId);
    }

    /// <summary>
    /// A hand-over that finds no ticket to escalate opens one escalated from the start, with the hand-over note, and
    /// moves its conversation to it: a few round trips instead of opening, reading back, escalating and reading again.
    /// </summary>
    public async Task<PortTicket> OpenEscalatedAsync(Guid customerId, TicketRequest request, string reason, string? language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var (ticket, details) = New(customerId, request);
        var note = await HandOverAsync(customerId, ticket, details, reason, language, ticket.CreatedAt, cancellationToken);
        return ToPort(ticket, [note], details, request.ConversationId);
    }

    private (Ticket Ticket, AgentTicket Details) New(Guid customerId, TicketRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var at = request.CreatedAt.ToStored();
        var ticket = new Ticket
        {
            CustomerId = customerId,
            Subject = request.Subject,
            Description = request.Description,
            Category = TicketVocabulary.CategoryName(request.Category),
            Status = WebStatus.Open,
            CreatedAt = at,
            UpdatedAt = at,
        };
        var details = new AgentTicket { Ticket = ticket, ConversationId = request.ConversationId };
        db.Add(details);
        return (ticket, details);
    }

    /// <summary>Saves the changes and points the customer's conversation at the ticket, both or neither.</summary>
    private async Task SaveAndLinkAsync(Guid customerId, string? conversationId, Ticket ticket, bool onlyIfUnlinked, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await LinkConversationAsync(customerId, conversationId, ticket.Id, onlyIfUnlinked, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<PortTicket?> AddNoteAsync(Guid customerId, string ticketNumber, TicketNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        var ticket = await FindAsync(customerId, ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var at = note.At.ToStored();
        db.Add(new TicketMessage { TicketId = ticket.Id, AuthorId = customerId, AuthorRole = AssistantRole, Body = note.Text, CreatedAt = at });
        ticket.UpdatedAt = at;
        await db.SaveChangesAsync(cancellationToken);
        return await LoadAsync(customerId, ticket.Id, cancellationToken);
    }

    /// <summary>
    /// Sets the ticket to escalated, keeps the reason as a message for the human who takes over, and
    /// points the ticket's conversation at it. A ticket already escalated keeps its first hand-over.
    /// </summary>
    public async Task<PortTicket?> EscalateAsync(Guid customerId, string ticketNumber, string reason, DateTimeOffset escalatedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var ticket = await FindAsync(customerId, ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        if (ticket.Status != WebStatus.Escalated)
        {
            var details = await db.Set<AgentTicket>().SingleOrDefaultAsync(a => a.TicketId == ticket.Id, cancellationToken);
            if (details is null)
            {
                details = new AgentTicket { TicketId = ticket.Id };
                db.Add(details);
            }

            await HandOverAsync(customerId, ticket, details, reason, language: null, escalatedAt.ToStored(), cancellationToken);
        }

        return await LoadAsync(customerId, ticket.Id, cancellationToken);
    }

    /// <summary>
    /// Marks the ticket escalated, keeps the reason as a note for the human who takes over, saves, and moves the ticket's
    /// conversation to it (the human picks the conversation up from the escalated ticket). The note is returned; it is in
    /// <paramref name="language"/>, or when that is null in the language of the ticket's conversation.
    /// </summary>
    private async Task<TicketMessage> HandOverAsync(
        Guid customerId, Ticket ticket, AgentTicket details, string reason, string? language, DateTime at, CancellationToken cancellationToken)
    {
        details.EscalatedAt = at;
        details.EscalationReason = reason;
        ticket.Status = WebStatus.Escalated;
        ticket.UpdatedAt = at;
        var note = new TicketMessage
        {
            AuthorId = customerId, AuthorRole = AssistantRole, CreatedAt = at,
            Body = HandOverText.For(language ?? await ConversationLanguageAsync(customerId, details.ConversationId, cancellationToken)).EscalationNote(reason),
        };
        ticket.Messages.Add(note);
        await SaveAndLinkAsync(customerId, details.ConversationId, ticket, onlyIfUnlinked: false, cancellationToken);
        return note;
    }

    /// <summary>The language of the customer's conversation the ticket came from; null when there is none.</summary>
    private async Task<string?> ConversationLanguageAsync(Guid customerId, string? conversationId, CancellationToken cancellationToken) =>
        Guid.TryParse(conversationId, out var id)
            ? await db.Conversations.AsNoTracking().Where(c => c.Id == id && c.CustomerId == customerId).Select(c => c.Language).SingleOrDefaultAsync(cancellationToken)
            : null;

    private Task<Ticket?> FindAsync(Guid customerId, string ticketNumber, CancellationToken cancellationToken) =>
        PublicId.TryParse(PublicId.Ticket, ticketNumber, out var id)
            ? db.Tickets.SingleOrDefaultAsync(t => t.Id == id && t.CustomerId == customerId, cancellationToken)
            : Task.FromResult<Ticket?>(null);

    private async Task<PortTicket?> LoadAsync(Guid customerId, int ticketId, CancellationToken cancellationToken) =>
        (await ReadAsync(customerId, row => row.Ticket.Id == ticketId, cancellationToken)).SingleOrDefault();

    /// <summary>Links the customer's own conversation only: an id naming someone else's changes nothing.</summary>
    private async Task LinkConversationAsync(Guid customerId, string? conversationId, int ticketId, bool onlyIfUnlinked, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(conversationId, out var id))
        {
            return;
        }

        var conversation = db.Conversations.Where(c => c.Id == id && c.CustomerId == customerId);
        if (onlyIfUnlinked)
        {
            conversation = conversation.Where(c => c.TicketId == null);
        }

        await conversation.ExecuteUpdateAsync(set => set.SetProperty(c => c.TicketId, ticketId), cancellationToken);
    }

    private static PortTicket ToPort(Ticket ticket, IEnumerable<TicketMessage> messages, AgentTicket? details, string? linkedConversationId) => new(
        PublicId.Format(PublicId.Ticket, ticket.Id),
        new TicketRequest(
            ticket.Subject,
            ticket.Description,
            TicketVocabulary.Category(ticket.Category),
            ticket.CreatedAt.ToInstant(),
            details?.ConversationId ?? linkedConversationId),
        TicketVocabulary.Status(ticket.Status),
        messages
            .Select(m => new TicketNote(m.Body, m.CreatedAt.ToInstant()))
            .ToList(),
        details?.EscalatedAt.ToInstant(),
        details?.EscalationReason);

    /// <summary>A ticket as <see cref="ReadAsync"/> picks it: the ticket, the agent's details and the latest conversation about it.</summary>
    private sealed class TicketRow
    {
        public required Ticket Ticket { get; init; }

        public AgentTicket? Details { get; init; }

        public Guid? Conversation { get; init; }
    }
}
