using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using AgentSupport.Agent;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Chat;
using AgentSupport.Web.Ui.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Ui.Customer;

/// <summary>
/// What the customer pages do, through the very handlers the HTTP API runs (<see cref="TicketsApi"/>,
/// <see cref="ConversationsApi"/>, <see cref="ChatService"/>), so the browser and the API share every rule:
/// who sees which ticket, who may close it, who may speak in a conversation. Each call gets a scope of its own.
/// </summary>
public sealed class CustomerPortal(ScopedOperations operations)
{
    public const int ListSize = 50;

    public Task<IReadOnlyList<TicketResponse>> TicketsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        operations.RunAsync<IReadOnlyList<TicketResponse>>(async services =>
            (await TicketsApi.ListAsync(user, services.GetRequiredService<AppDbContext>(), ct, pageSize: ListSize)).Result is Ok<Page<TicketResponse>> ok
                ? ok.Value!.Items
                : []);

    /// <summary>The ticket with its messages, or null when the user may not see it.</summary>
    public Task<TicketThread?> TicketAsync(ClaimsPrincipal user, int id, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            if ((await TicketsApi.GetAsync(id, user, db, services.GetRequiredService<PrivacyAudit>(), ct)).Result is not Ok<TicketResponse> ticket) return null;
            var messages = (await TicketsApi.ListMessagesAsync(id, user, db, ct)).Result is Ok<List<TicketMessageResponse>> ok ? ok.Value! : [];
            return new TicketThread(ticket.Value!, messages);
        });

    /// <summary>Opens a ticket; the request must have passed <see cref="Forms.RequestRules"/>.</summary>
    public Task<TicketResponse> CreateTicketAsync(ClaimsPrincipal user, CreateTicketRequest request, CancellationToken ct)
    {
        // The API validates before its handler runs; calling the handler directly, so do we.
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services =>
            (await TicketsApi.CreateAsync(request, user, services.GetRequiredService<AppDbContext>(), ct)).Value!);
    }

    public Task<TicketMessageResponse?> AddTicketMessageAsync(ClaimsPrincipal user, int id, AddMessageRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services =>
            (await TicketsApi.AddMessageAsync(id, request, user, services.GetRequiredService<AppDbContext>(),
                services.GetRequiredService<TimeProvider>(), ct)).Result is Created<TicketMessageResponse> created
                ? created.Value
                : null);
    }

    /// <summary>Closes the customer's own ticket; null when the ticket is not theirs.</summary>
    public Task<TicketResponse?> CloseTicketAsync(ClaimsPrincipal user, int id, CancellationToken ct) =>
        operations.RunAsync(async services =>
            (await TicketsApi.ChangeStatusAsync(id, new ChangeStatusRequest(TicketStatus.Closed), user,
                services.GetRequiredService<AppDbContext>(), services.GetRequiredService<TimeProvider>(), ct)).Result is Ok<TicketResponse> ok
                ? ok.Value
                : null);

    /// <summary>
    /// The customer's conversations, newest first, each with what it is about (its first message) and how it
    /// stands (its last message), so the list tells them apart.
    /// </summary>
    public Task<IReadOnlyList<ConversationListItem>> ConversationListAsync(ClaimsPrincipal user, CancellationToken ct) =>
        operations.RunAsync<IReadOnlyList<ConversationListItem>>(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            if ((await ConversationsApi.ListAsync(user, db, ct, pageSize: ListSize)).Result is not Ok<Page<ConversationResponse>> ok) return [];
            var conversations = ok.Value!.Items;
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
        operations.RunAsync(async services =>
            (await ConversationsApi.GetAsync(id, user, services.GetRequiredService<AppDbContext>(), services.GetRequiredService<PrivacyAudit>(), ct)).Result is Ok<ConversationDetail> ok
                ? ok.Value
                : null);

    /// <summary>Starts a conversation; null when it names a ticket that is not the customer's.</summary>
    public Task<ConversationResponse?> StartConversationAsync(ClaimsPrincipal user, StartConversationRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services =>
            (await ConversationsApi.StartAsync(request, user, services.GetRequiredService<AppDbContext>(),
                services.GetRequiredService<ChatService>(), ct)).Result is Created<ConversationResponse> created
                ? created.Value
                : null);
    }

    public Task<ConversationResponse?> RateAsync(ClaimsPrincipal user, Guid id, RateRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services =>
            (await ConversationsApi.RateAsync(id, request, user, services.GetRequiredService<AppDbContext>(),
                services.GetRequiredService<ChatService>(), ct)).Result is Ok<ConversationResponse> ok
                ? ok.Value
                : null);
    }

    public Task<ConversationResponse?> ResolveAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        operations.RunAsync(async services =>
            (await ConversationsApi.ResolveAsync(id, user, services.GetRequiredService<AppDbContext>(),
                services.GetRequiredService<ChatService>(), ct)).Result is Ok<ConversationResponse> ok
                ? ok.Value
                : null);

    public Task<ConversationResponse?> EscalateAsync(ClaimsPrincipal user, Guid id, string reason, CancellationToken ct) =>
        operations.RunAsync(async services =>
            (await ConversationsApi.EscalateAsync(id, new EscalateRequest(reason), user, services.GetRequiredService<AppDbContext>(),
                services.GetRequiredService<ChatService>(), ct)).Result is Ok<EscalationResponse> ok
                ? ok.Value!.Conversation
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
