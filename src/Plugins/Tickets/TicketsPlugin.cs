using System.ComponentModel;
using AgentSupport.Plugins.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Tickets;

/// <summary>Tickets: open a support ticket, add a note to one, and escalate the conversation to a human agent.</summary>
public sealed class TicketsPlugin(
    ITicketService tickets,
    CustomerContext customer,
    TimeProvider? timeProvider = null,
    ILogger<TicketsPlugin>? logger = null,
    IHandOverWriter? handOverWriter = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "Tickets";

    public const string CreateTicket = "create_ticket";

    public const string AddTicketNote = "add_ticket_note";

    public const string EscalateToHuman = "escalate_to_human";

    public const int MaxSubjectLength = 120;
    public const int MaxTextLength = 2000;

    /// <summary>Tickets the agent may open in one conversation; a customer cannot make it open one per failed look-up.</summary>
    public const int MaxTicketsPerConversation = 2;

    /// <summary>Tickets opened from conversations for one customer in any hour.</summary>
    public const int MaxTicketsPerCustomerPerHour = 5;

    private static readonly Vocabulary<TicketCategory> Categories = new(new Dictionary<TicketCategory, string[]>
    {
        [TicketCategory.Offer] = ["oferta", "offer_24h", "venta"],
        [TicketCategory.Inspection] = ["inspeccion", "evaluacion", "taller", "workshop"],
        [TicketCategory.Payout] = ["pago", "pagos", "transferencia", "deposito", "payment"],
        [TicketCategory.Credit] = ["credito", "financiamiento", "loan"],
        [TicketCategory.Warranty] = ["garantia"],
        [TicketCategory.Documents] = ["documentos", "kyc", "docs"],
        [TicketCategory.Appointment] = ["cita", "citas", "agenda"],
        [TicketCategory.Other] = ["otro", "general"],
    });

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<TicketsPlugin>.Instance;

    [KernelFunction(CreateTicket)]
    [Description("Opens a support ticket for the signed-in customer, linked to this conversation, and returns its number. " +
                 "Use it for a request that needs follow-up by staff but not an immediate human (for that, use escalate_to_human).")]
    public Task<ToolResult<TicketSummary>> CreateTicketAsync(
        [Description("Short subject, at most 120 characters.")] string subject,
        [Description("What the customer needs, with the facts already gathered.")] string description,
        [Description("offer, inspection, payout, credit, warranty, documents, appointment or other.")] string category = "other",
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<TicketSummary>(_logger, async () =>
        {
            if (string.IsNullOrWhiteSpace(subject) || subject.Length > MaxSubjectLength)
            {
                return ToolError.InvalidArgument($"subject is required and at most {MaxSubjectLength} characters.");
            }

            if (string.IsNullOrWhiteSpace(description) || description.Length > MaxTextLength)
            {
                return ToolError.InvalidArgument($"description is required and at most {MaxTextLength} characters.");
            }

            if (!Categories.TryResolve(category, out var kind))
            {
                return ToolError.InvalidArgument($"category '{category}' is not one of: {Categories.Names}.");
            }

            var since = HourAgo();
            if (TicketLimit(await tickets.RecentTicketsAsync(customer.CustomerId, customer.ConversationId, since, cancellationToken), since) is { } refused)
            {
                return refused;
            }

            var ticket = await tickets.CreateTicketAsync(customer.CustomerId, new TicketRequest(subject.Trim(), description.Trim(), kind, _time.GetUtcNow(), customer.ConversationId), cancellationToken);
            return Summarize(ticket);
        }, cancellationToken);

    [KernelFunction(AddTicketNote)]
    [Description("Adds a note to one of the customer's open or escalated tickets, e.g. new information the customer gave.")]
    public Task<ToolResult<TicketSummary>> AddTicketNoteAsync(
        [Description("Ticket number, e.g. TK-1001.")] string ticketNumber,
        [Description("The note, at most 2000 characters.")] string note,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<TicketSummary>(_logger, async () =>
        {
            if (string.IsNullOrWhiteSpace(note) || note.Length > MaxTextLength)
            {
                return ToolError.InvalidArgument($"note is required and at most {MaxTextLength} characters.");
            }

            var found = await FindAsync(ticketNumber, cancellationToken);
            if (!found.Ok)
            {
                return found.Error!;
            }

            if (found.Value!.Status == TicketStatus.Closed)
            {
                return ToolError.Conflict($"Ticket {found.Value.Number} is closed; open a new ticket instead.");
            }

            var updated = await tickets.AddNoteAsync(customer.CustomerId, found.Value.Number, new TicketNote(note.Trim(), _time.GetUtcNow()), cancellationToken);
            return updated is null ? ToolError.NotFound($"The customer has no ticket {ticketNumber}.") : Summarize(updated);
        }, cancellationToken);

    [KernelFunction(EscalateToHuman)]
    [Description("Hands this conversation to a human agent. Use it when the customer asks for a person, is upset after a failed attempt, " +
                 "or the request is outside what the tools can do. Escalates the given ticket, else the open ticket of this conversation, " +
                 "else opens one. Tell the customer a human agent will continue.")]
    public Task<ToolResult<TicketSummary>> EscalateToHumanAsync(
        [Description("Why a human is needed, in one or two sentences, for the human agent.")] string reason,
        [Description("Ticket number to escalate, e.g. TK-1001. Leave empty to use this conversation's ticket.")] string? ticketNumber = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<TicketSummary>(_logger, async () =>
        {
            if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxTextLength)
            {
                return ToolError.InvalidArgument($"reason is required and at most {MaxTextLength} characters.");
            }

            var target = await TicketToEscalateAsync(ticketNumber, reason.Trim(), cancellationToken);
            if (!target.Ok)
            {
                return target.Error!;
            }

            var ticket = target.Value!;
            if (ticket.Status == TicketStatus.Escalated)
            {
                return Summarize(ticket);
            }

            var escalated = await tickets.EscalateAsync(customer.CustomerId, ticket.Number, reason.Trim(), _time.GetUtcNow(), cancellationToken);
            return escalated is null ? ToolError.NotFound($"The customer has no ticket {ticket.Number}.") : Summarize(escalated);
        }, cancellationToken);

    /// <summary>
    /// The ticket a hand-over escalates, or a new one opened already escalated. A conversation is handed over once: once one of its tickets is escalated,
    /// that ticket is the answer to every later request, whatever ticket number the model names.
    /// </summary>
    private async Task<ToolResult<Ticket>> TicketToEscalateAsync(string? ticketNumber, string reason, CancellationToken cancellationToken)
    {
        var since = HourAgo();
        var recent = await tickets.RecentTicketsAsync(customer.CustomerId, customer.ConversationId, since, cancellationToken);
        var handedOver = customer.ConversationId is null
            ? null
            : recent.FirstOrDefault(t => t.Request.ConversationId == customer.ConversationId && t.Status == TicketStatus.Escalated);
        if (handedOver is not null)
        {
            return handedOver;
        }

        if (!string.IsNullOrWhiteSpace(ticketNumber))
        {
            var found = await FindAsync(ticketNumber, cancellationToken);
            return found.Ok && found.Value!.Status == TicketStatus.Closed
                ? ToolError.Conflict($"Ticket {found.Value.Number} is closed; escalate without a ticket number to open a new one.")
                : found;
        }

        var current = customer.ConversationId is null
            ? null
            : recent.Where(t => t.Request.ConversationId == customer.ConversationId && t.Status != TicketStatus.Closed)
                 .MaxBy(t => t.Request.CreatedAt);
        if (current is not null)
        {
            return current;
        }

        if (TicketLimit(recent, since) is { } refused)
        {
            return refused;
        }

        var draft = handOverWriter is null
            ? new TicketDraft(reason.Length <= MaxSubjectLength - 12 ? $"Escalation: {reason}" : $"Escalation: {reason[..(MaxSubjectLength - 15)]}...", reason, TicketCategory.Other)
            : await handOverWriter.DraftAsync(customer, reason, cancellationToken);
        return await tickets.OpenEscalatedAsync(
            customer.CustomerId, new TicketRequest(draft.Subject, draft.Description, draft.Category, _time.GetUtcNow(), customer.ConversationId), reason, draft.Language, cancellationToken);
    }

    /// <summary>Why one more ticket from a conversation is refused, or null when it may be opened; <paramref name="recent"/> as the port reads it since <paramref name="since"/>.</summary>
    private ToolError? TicketLimit(IReadOnlyList<Ticket> recent, DateTimeOffset since)
    {
        var fromThisConversation = customer.ConversationId is null ? [] : recent.Where(t => t.Request.ConversationId == customer.ConversationId).ToList();
        if (fromThisConversation.Count >= MaxTicketsPerConversation)
        {
            return ToolError.Conflict($"This conversation already opened tickets {string.Join(", ", fromThisConversation.Select(t => t.Number))}; "
                + "add a note to one of them instead of opening another.");
        }

        if (recent.Count(t => t.Request.ConversationId is not null && t.Request.CreatedAt > since) >= MaxTicketsPerCustomerPerHour)
        {
            return ToolError.Conflict($"The customer's chats opened {MaxTicketsPerCustomerPerHour} tickets in the last hour; no more can be opened now. "
                + "Tell the customer their open tickets are being handled.");
        }

        return null;
    }

    private DateTimeOffset HourAgo() => _time.GetUtcNow().AddHours(-1);

    private async Task<ToolResult<Ticket>> FindAsync(string ticketNumber, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ticketNumber))
        {
            return ToolError.InvalidArgument("ticketNumber is required, e.g. TK-1001.");
        }

        var ticket = await tickets.FindTicketAsync(customer.CustomerId, ticketNumber.Trim(), cancellationToken);
        return ticket is null ? ToolError.NotFound($"The customer has no ticket {ticketNumber}.") : ticket;
    }

    private static TicketSummary Summarize(Ticket ticket) => new(
        ticket.Number,
        ticket.Status,
        ticket.Request.Subject,
        ticket.Request.Category,
        MexicoTime.ToLocal(ticket.Request.CreatedAt),
        ticket.Notes.Count,
        ticket.EscalatedAt is { } at ? MexicoTime.ToLocal(at) : null);
}

public sealed record TicketSummary(
    string TicketNumber,
    TicketStatus Status,
    string Subject,
    TicketCategory Category,
    DateTimeOffset CreatedAt,
    int NoteCount,
    DateTimeOffset? EscalatedAt);
