using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Chat;
using AgentSupport.Web.Ui.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Ui.Customer;

/// <summary>
/// What the customer pages do, through the services the HTTP API runs (<see cref="TicketDesk"/>,
/// <see cref="ConversationDesk"/>, <see cref="ChatService"/>), so the browser and the API share every rule:
/// who sees which ticket, who may close it, who may speak in a conversation. Each call gets a scope of its own.
/// </summary>
public sealed class CustomerPortal(ScopedOperations operations)
{
    public const int ListSize = 50;

    public Task<IReadOnlyList<TicketResponse>> TicketsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        operations.RunAsync<IReadOnlyList<TicketResponse>>(async services =>
            (await services.GetRequiredService<TicketDesk>().ListAsync(user, null, null, 1, ListSize, ct)).Items);

    /// <summary>The ticket with its messages, or null when the user may not see it.</summary>
    public Task<TicketThread?> TicketAsync(ClaimsPrincipal user, int id, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var desk = services.GetRequiredService<TicketDesk>();
            return await desk.GetAsync(user, id, ct) is { } ticket
                ? new TicketThread(ticket, await desk.MessagesAsync(user, id, ct) ?? [])
                : null;
        });

    /// <summary>Opens a ticket; the request must have passed <see cref="Forms.RequestRules"/>.</summary>
    public Task<TicketResponse> CreateTicketAsync(ClaimsPrincipal user, CreateTicketRequest request, CancellationToken ct)
    {
        // The API validates before its handler runs; the pages call the desk directly, so they validate here.
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(services => services.GetRequiredService<TicketDesk>().CreateAsync(user, request, ct));
    }

    public Task<TicketMessageResponse?> AddTicketMessageAsync(ClaimsPrincipal user, int id, AddMessageRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(services => services.GetRequiredService<TicketDesk>().AddMessageAsync(user, id, request.Body, ct));
    }

    /// <summary>Closes the customer's own ticket; null when the ticket is not theirs.</summary>
    public Task<TicketResponse?> CloseTicketAsync(ClaimsPrincipal user, int id, CancellationToken ct) =>
        operations.RunAsync(async services =>
            (await services.GetRequiredService<TicketDesk>().ChangeStatusAsync(user, id, TicketStatus.Closed, ct)).Ticket);

    /// <summary>
    /// The customer's conversations, newest first, each with what it is about (its first message) and how it
    /// stands (its last message), so the list tells them apart.
    /// </summary>
    public Task<IReadOnlyList<ConversationListItem>> ConversationListAsync(ClaimsPrincipal user, CancellationToken ct) =>
        operations.RunAsync<IReadOnlyList<ConversationListItem>>(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var conversations = (await services.GetRequiredService<ConversationDesk>().ListAsync(user, null, 1, ListSize, ct)).Items;
            var ids = conversations.Select(c => c.Id).ToList();
            var messages = await db.ConversationMessages.AsNoTracking()
                .Where(m => ids.Contains(m.ConversationId))
                .Select(m => new { m.ConversationId, m.Turn, m.Role, m.Text })
                .ToListAsync(ct);
            var byConversation = messages.ToLookup(m => m.ConversationId);
            return conversations.Select(c =>
            {
                var turns = byConversation[c.Id].OrderBy(m => m.Turn).ToList();
                return new ConversationListItem(c,
                    turns.FirstOrDefault(m => m.Role == ChatTurn.User)?.Text,
                    turns.LastOrDefault()?.Text);
            }).ToList();
        });

    /// <summary>The customer's cars, offers, inspections and payouts, read through the same ports the agent's tools use.</summary>
    public Task<CustomerAccount> AccountAsync(ClaimsPrincipal user, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var customerId = user.UserId();
            var offers = services.GetRequiredService<IOfferService>();
            return new CustomerAccount(
                await offers.ListCarsAsync(customerId, ct),
                await offers.ListOffersAsync(customerId, ct),
                await services.GetRequiredService<IInspectionService>().ListInspectionsAsync(customerId, ct),
                await services.GetRequiredService<IPayoutService>().ListPayoutsAsync(customerId, ct));
        });

    public Task<ConversationDetail?> ConversationAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        operations.RunAsync(services => services.GetRequiredService<ConversationDesk>().GetAsync(user, id, ct));

    /// <summary>Starts a conversation; null when it names a ticket that is not the customer's.</summary>
    public Task<ConversationResponse?> StartConversationAsync(ClaimsPrincipal user, StartConversationRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(services => services.GetRequiredService<ConversationDesk>().StartAsync(user, request, ct));
    }

    public Task<ConversationResponse?> RateAsync(ClaimsPrincipal user, Guid id, RateRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(services => services.GetRequiredService<ConversationDesk>().RateAsync(user, id, request, ct));
    }

    public Task<ConversationResponse?> ResolveAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        operations.RunAsync(services => services.GetRequiredService<ConversationDesk>().ResolveAsync(user, id, ct));

    /// <summary>The conversation once a person has it; null when it is not the customer's or the hand-over failed.</summary>
    public Task<ConversationResponse?> EscalateAsync(ClaimsPrincipal user, Guid id, string reason, CancellationToken ct) =>
        operations.RunAsync(async services =>
            await services.GetRequiredService<ConversationDesk>().EscalateAsync(user, id, reason, ct) is { TicketNumber: not null } escalation
                ? escalation.Conversation
                : null);

    /// <summary>
    /// Stores the customer's message and streams the agent's turn, with the API's rules: only the
    /// conversation's own customer speaks in it, and not once it is resolved. One scope serves the whole turn.
    /// </summary>
    public async IAsyncEnumerable<AgentEvent> SendAsync(ClaimsPrincipal user, Guid id, string text, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var scope = operations.Begin();
        var chat = scope.ServiceProvider.GetRequiredService<ChatService>();

        var (conversation, refusal) = await chat.FindWritableAsync(user.UserId(), id, ct);
        if (conversation is null)
            throw new InvalidOperationException($"Conversation {id} cannot take a message from the signed-in customer ({refusal}).");

        var question = await chat.AddCustomerMessageAsync(conversation, text.Trim(), ct)
            ?? throw new InvalidOperationException($"Another message of conversation {id} took the turn at the same moment.");
        await foreach (var item in chat.RunAgentTurnAsync(conversation, question, ct))
            yield return item;
    }
}

/// <summary>A conversation in the customer's list: <paramref name="Opening"/> is their first message, <paramref name="Latest"/> the last one.</summary>
public sealed record ConversationListItem(ConversationResponse Conversation, string? Opening, string? Latest);

public sealed record TicketThread(TicketResponse Ticket, IReadOnlyList<TicketMessageResponse> Messages);
