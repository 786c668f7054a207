namespace AgentSupport.Plugins.Tickets;

/// <summary>Port: the customer's support tickets.</summary>
public interface ITicketService
{
    /// <summary>The customer's ticket with that number (TK-1001); null when they have none.</summary>
    Task<Ticket?> FindTicketAsync(Guid customerId, string ticketNumber, CancellationToken cancellationToken);

    /// <summary>
    /// What the limits on opening tickets and a hand-over weigh, never the customer's whole history: their tickets of
    /// conversation <paramref name="conversationId"/>, and those opened from any conversation after <paramref name="since"/>.
    /// </summary>
    Task<IReadOnlyList<Ticket>> RecentTicketsAsync(Guid customerId, string? conversationId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Stores a new open ticket and gives it a number.</summary>
    Task<Ticket> CreateTicketAsync(Guid customerId, TicketRequest request, CancellationToken cancellationToken);

    /// <summary>Appends a note; null when the customer has no ticket with that number.</summary>
    Task<Ticket?> AddNoteAsync(Guid customerId, string ticketNumber, TicketNote note, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new ticket already handed to a human agent at <see cref="TicketRequest.CreatedAt"/>: what opening a
    /// ticket and escalating it store, in one write.
    /// </summary>
    /// <param name="language">
    /// The language of the conversation the ticket comes from, for the note to the human agent, when the caller has
    /// already read it (a hand-over's draft has); null, and the service reads it.
    /// </param>
    Task<Ticket> OpenEscalatedAsync(Guid customerId, TicketRequest request, string reason, string? language, CancellationToken cancellationToken);

    /// <summary>Hands the ticket to a human agent; null when the customer has no ticket with that number.</summary>
    Task<Ticket?> EscalateAsync(Guid customerId, string ticketNumber, string reason, DateTimeOffset escalatedAt, CancellationToken cancellationToken);
}

/// <summary>A new ticket; <paramref name="ConversationId"/> links it to the chat it came from.</summary>
public sealed record TicketRequest(string Subject, string Description, TicketCategory Category, DateTimeOffset CreatedAt, string? ConversationId = null);

public sealed record Ticket(
    string Number,
    TicketRequest Request,
    TicketStatus Status,
    IReadOnlyList<TicketNote> Notes,
    DateTimeOffset? EscalatedAt = null,
    string? EscalationReason = null);

public sealed record TicketNote(string Text, DateTimeOffset At);
