using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Tickets;

namespace AgentSupport.Plugins.Sandbox;

internal sealed class SandboxTicketService(SandboxState state) : ITicketService
{
    public Task<Ticket?> FindTicketAsync(Guid customerId, string ticketNumber, CancellationToken cancellationToken) =>
        state.Run(cancellationToken, () => state.Find(customerId)?.Tickets.FirstOrDefault(t => string.Equals(t.Number, ticketNumber.Trim(), StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<Ticket>> RecentTicketsAsync(Guid customerId, string? conversationId, DateTimeOffset since, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<Ticket>>(cancellationToken, () => state.Find(customerId)?.Tickets
            .Where(t => (conversationId is not null && t.Request.ConversationId == conversationId) || (t.Request.ConversationId is not null && t.Request.CreatedAt > since))
            .ToList() ?? []);

    public Task<Ticket> CreateTicketAsync(Guid customerId, TicketRequest request, CancellationToken cancellationToken) =>
        Open(customerId, request, escalationReason: null, cancellationToken);

    public Task<Ticket> OpenEscalatedAsync(Guid customerId, TicketRequest request, string reason, string? language, CancellationToken cancellationToken) =>
        Open(customerId, request, reason, cancellationToken);

    /// <summary>The effects are the ones opening and then escalating record, so a run's effects read the same either way.</summary>
    private Task<Ticket> Open(Guid customerId, TicketRequest request, string? escalationReason, CancellationToken cancellationToken) =>
        state.Run(cancellationToken, () =>
        {
            var customer = state.Get(customerId);
            var ticket = new Ticket(state.NextId("TK", state.Customers.SelectMany(c => c.Tickets).Select(t => t.Number)), request, TicketStatus.Open, []);
            state.Record(SandboxEffectKind.TicketCreated, customerId, ticket.Number, Vocabulary<TicketCategory>.NameOf(request.Category));
            if (escalationReason is not null)
            {
                ticket = ticket with { Status = TicketStatus.Escalated, EscalatedAt = request.CreatedAt, EscalationReason = escalationReason };
                state.Record(SandboxEffectKind.TicketEscalated, customerId, ticket.Number, escalationReason);
            }

            customer.Tickets.Add(ticket);
            return ticket;
        });

    public Task<Ticket?> AddNoteAsync(Guid customerId, string ticketNumber, TicketNote note, CancellationToken cancellationToken) =>
        Update(customerId, ticketNumber, cancellationToken, ticket => ticket with { Notes = [.. ticket.Notes, note] }, SandboxEffectKind.TicketNoteAdded, null);

    public Task<Ticket?> EscalateAsync(Guid customerId, string ticketNumber, string reason, DateTimeOffset escalatedAt, CancellationToken cancellationToken) =>
        Update(
            customerId,
            ticketNumber,
            cancellationToken,
            ticket => ticket with { Status = TicketStatus.Escalated, EscalatedAt = escalatedAt, EscalationReason = reason },
            SandboxEffectKind.TicketEscalated,
            reason);

    private Task<Ticket?> Update(Guid customerId, string ticketNumber, CancellationToken cancellationToken, Func<Ticket, Ticket> change, SandboxEffectKind effect, string? detail) =>
        state.Run(cancellationToken, () =>
        {
            var tickets = state.Find(customerId)?.Tickets;
            var index = tickets?.FindIndex(t => string.Equals(t.Number, ticketNumber, StringComparison.OrdinalIgnoreCase)) ?? -1;
            if (index < 0)
            {
                return null;
            }

            var updated = change(tickets![index]);
            tickets[index] = updated;
            state.Record(effect, customerId, updated.Number, detail);
            return (Ticket?)updated;
        });
}
