using System.ComponentModel.DataAnnotations;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using AgentSupport.Agent.Conversation;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Conversations;

public static class ConversationsApi
{
    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/conversations").WithTags("Conversations").RequireAuthorization();

        api.MapPost("/", StartAsync).WithName("StartConversation").WithSummary("Start a chat with the agent");
        api.MapGet("/", ListAsync).WithName("ListConversations").WithSummary("Own conversations; admins see all");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetConversation").WithSummary("A conversation with its messages and tool calls");
        api.MapPost("/{id:guid}/messages", SendAsync).WithName("SendMessage")
            .WithSummary("Send a customer message; the agent's answer streams back as server-sent events");
        api.MapPost("/{id:guid}/rating", RateAsync).WithName("RateConversation").WithSummary("Rate the conversation (CSAT 1-5)");
        api.MapPost("/{id:guid}/escalate", EscalateAsync).WithName("EscalateConversation")
            .WithSummary("Hand the conversation to a person: its ticket is escalated (or one is opened)");
        api.MapPost("/{id:guid}/resolve", ResolveAsync).WithName("ResolveConversation").WithSummary("Mark the conversation resolved");
        api.MapGet("/export.jsonl", ExportAsync).WithName("ExportConversations")
            .WithSummary("Live conversations as JSON Lines in the seed dialect, for the Workbench").RequireAuthorization(Roles.Admin);

        return routes;
    }

    public static async Task<Results<Created<ConversationResponse>, ProblemHttpResult>> StartAsync(
        StartConversationRequest request, ClaimsPrincipal user, ConversationDesk desk, CancellationToken ct) =>
        await desk.StartAsync(user, request, ct) is { } conversation
            ? TypedResults.Created($"/api/conversations/{conversation.Id}", conversation)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found", detail: $"There is no ticket {request.TicketId}.");

    public static async Task<Results<Ok<Page<ConversationResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, ConversationDesk desk, CancellationToken ct, Guid? customerId = null, int page = 1, int pageSize = 20)
    {
        if (Paging.Validate(page, pageSize) is { } invalid) return invalid;
        return TypedResults.Ok(await desk.ListAsync(user, customerId, page, pageSize, ct));
    }

    public static async Task<Results<Ok<ConversationDetail>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, ConversationDesk desk, CancellationToken ct) =>
        await desk.GetAsync(user, id, ct) is { } detail ? TypedResults.Ok(detail) : NotFound(id);

    public static async Task<Results<ServerSentEventsResult<ChatStreamEvent>, ProblemHttpResult>> SendAsync(
        Guid id, SendMessageRequest request, ClaimsPrincipal user, ChatService chat, CancellationToken ct)
    {
        var (conversation, refusal) = await chat.FindWritableAsync(user.UserId(), id, ct);
        if (refusal == SendRefusal.Resolved)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The conversation is resolved",
                detail: "Start a new conversation to ask something else.");
        }
        if (conversation is null) return NotFound(id);

        if (await chat.AddCustomerMessageAsync(conversation, request.Text.Trim(), ct) is not { } question)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another message took this turn",
                detail: "Another message of this conversation was sent at the same moment; send yours again.");
        }
        return TypedResults.ServerSentEvents(StreamAsync(chat, conversation, question, ct));
    }

    public static async Task<Results<Ok<ConversationResponse>, ProblemHttpResult>> RateAsync(
        Guid id, RateRequest request, ClaimsPrincipal user, ConversationDesk desk, CancellationToken ct) =>
        await desk.RateAsync(user, id, request, ct) is { } conversation ? TypedResults.Ok(conversation) : NotFound(id);

    public static async Task<Results<Ok<EscalationResponse>, ProblemHttpResult>> EscalateAsync(
        Guid id, EscalateRequest request, ClaimsPrincipal user, ConversationDesk desk, CancellationToken ct) =>
        await desk.EscalateAsync(user, id, request.Reason, ct) switch
        {
            null => NotFound(id),
            { TicketNumber: null } => TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The conversation could not be handed over", detail: "Please try again in a moment."),
            { } escalation => TypedResults.Ok(new EscalationResponse(escalation.Conversation, escalation.TicketNumber)),
        };

    public static async Task<Results<Ok<ConversationResponse>, ProblemHttpResult>> ResolveAsync(
        Guid id, ClaimsPrincipal user, ConversationDesk desk, CancellationToken ct) =>
        await desk.ResolveAsync(user, id, ct) is { } conversation ? TypedResults.Ok(conversation) : NotFound(id);

    private static async IAsyncEnumerable<SseItem<ChatStreamEvent>> StreamAsync(
        ChatService chat, WritableConversation conversation, ConversationMessage question, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in chat.RunAgentTurnAsync(conversation, question, ct))
        {
            if (ChatStreamEvent.From(item) is { } streamed) yield return new SseItem<ChatStreamEvent>(streamed, streamed.Type);
        }
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> ExportAsync(
        ClaimsPrincipal user, AppDbContext db, TimeProvider clock, PrivacyAudit audit, DateTime? from = null, DateTime? to = null, string? context = null)
    {
        var export = ConversationExport.ExportAsync(db, clock, from, to, context);
        if (export.Result is PushStreamHttpResult)
            await audit.RecordAsync(user, PrivacyActions.Export, $"conversations from {from:O} to {to:O} context {context}".Trim());
        return export;
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found", detail: $"There is no conversation {id}.");
}

public sealed record StartConversationRequest(
    int? TicketId,
    [property: Required, KnownConversationValue("context")] string Context,
    [property: Required, KnownConversationValue("channel")] string Channel,
    [property: Required, KnownConversationValue("language")] string Language,
    [property: KnownConversationValue("tone")] string? Tone);

public sealed record SendMessageRequest([property: Required, MinLength(1), MaxLength(4000)] string Text);

public sealed record EscalateRequest([property: MaxLength(500)] string? Reason);

public sealed record EscalationResponse(ConversationResponse Conversation, string TicketNumber);

public sealed record RateRequest([property: Range(1, 5)] int Csat, [property: MaxLength(2000)] string? Comment);

public sealed record ConversationResponse(
    Guid Id, Guid? CustomerId, int? TicketId, string Context, string Channel, string Language, string Tone,
    string PromptId, int PromptVersion, string Status, double? Csat, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static ConversationResponse From(Conversation c) => new(c.Id, c.CustomerId, c.TicketId, c.Context, c.Channel, c.Language,
        c.Tone, c.PromptId, c.PromptVersion, c.Status, c.Csat, c.CreatedAt, c.UpdatedAt);
}

/// <param name="InputTokens">Tokens the model read for an agent turn; null for customer messages and when the provider reported none.</param>
/// <param name="OutputTokens">Tokens the model wrote for an agent turn.</param>
/// <param name="ModelId">The model that answered an agent turn.</param>
public sealed record MessageResponse(int Turn, string Role, string Text, DateTime CreatedAt, long? InputTokens = null, long? OutputTokens = null, string? ModelId = null);

public sealed record ToolCallResponse(int Turn, string Plugin, string Function, string ArgumentsJson, string ResultJson, bool Succeeded, int DurationMs);

public sealed record ConversationDetail(ConversationResponse Conversation, IReadOnlyList<MessageResponse> Messages, IReadOnlyList<ToolCallResponse> ToolCalls);

/// <summary>
/// What the chat stream carries: <c>delta</c> text, <c>tool</c> activity, then <c>done</c> or <c>error</c>. The
/// reply is the concatenation of the deltas: <c>done</c> does not repeat it; <c>error</c> carries the message
/// that replaces whatever was streamed.
/// </summary>
public sealed record ChatStreamEvent(string Type, string? Text = null, string? Plugin = null, string? Function = null, bool? Succeeded = null, bool? Escalated = null)
{
    public static ChatStreamEvent? From(AgentEvent item) => item switch
    {
        TextDelta d => new("delta", Text: d.Text),
        ToolCallStarted s => new("tool", Plugin: s.Plugin, Function: s.Function),
        ToolCallCompleted c => new("tool_result", Plugin: c.Call.Plugin, Function: c.Call.Function, Succeeded: c.Call.Succeeded),
        TurnCompleted done => new("done", Escalated: done.Escalated),
        TurnFailed failed => new("error", Text: failed.CustomerMessage, Escalated: failed.Escalated),
        _ => null,
    };
}
