using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Tickets;

public static class TicketsApi
{
    public static IEndpointRouteBuilder MapTicketsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/tickets").WithTags("Tickets").RequireAuthorization();

        api.MapPost("/", CreateAsync).WithName("CreateTicket").WithSummary("Open a ticket for the signed-in customer");
        api.MapGet("/", ListAsync).WithName("ListTickets").WithSummary("Own tickets; admins see all and may filter by customer");
        api.MapGet("/{id:int}", GetAsync).WithName("GetTicket").WithSummary("One ticket with its messages");
        api.MapPut("/{id:int}/status", ChangeStatusAsync).WithName("ChangeTicketStatus")
            .WithSummary("Change the status (admins: any; customers: close their own)");
        api.MapPost("/{id:int}/messages", AddMessageAsync).WithName("AddTicketMessage").WithSummary("Add a message to a ticket");
        api.MapGet("/{id:int}/messages", ListMessagesAsync).WithName("ListTicketMessages").WithSummary("A ticket's messages, oldest first");

        return routes;
    }

    public static async Task<Created<TicketResponse>> CreateAsync(CreateTicketRequest request, ClaimsPrincipal user, TicketDesk desk, CancellationToken ct)
    {
        var ticket = await desk.CreateAsync(user, request, ct);
        return TypedResults.Created($"/api/tickets/{ticket.Id}", ticket);
    }

    public static async Task<Results<Ok<Page<TicketResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, TicketDesk desk, CancellationToken ct,
        string? status = null, Guid? customerId = null, int page = 1, int pageSize = 20)
    {
        if (Paging.Validate(page, pageSize) is { } invalid) return invalid;
        if (status is not null && !TicketStatus.All.Contains(status))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Unknown status '{status}'."] });
        return TypedResults.Ok(await desk.ListAsync(user, status, customerId, page, pageSize, ct));
    }

    public static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> GetAsync(int id, ClaimsPrincipal user, TicketDesk desk, CancellationToken ct) =>
        await desk.GetAsync(user, id, ct) is { } ticket ? TypedResults.Ok(ticket) : TicketNotFound(id);

    public static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> ChangeStatusAsync(
        int id, ChangeStatusRequest request, ClaimsPrincipal user, TicketDesk desk, CancellationToken ct) =>
        await desk.ChangeStatusAsync(user, id, request.Status, ct) switch
        {
            { Ticket: { } ticket } => TypedResults.Ok(ticket),
            { IsForbidden: true } => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Customers can only close their tickets"),
            _ => TicketNotFound(id),
        };

    public static async Task<Results<Created<TicketMessageResponse>, ProblemHttpResult>> AddMessageAsync(
        int id, AddMessageRequest request, ClaimsPrincipal user, TicketDesk desk, CancellationToken ct) =>
        await desk.AddMessageAsync(user, id, request.Body, ct) is { } message
            ? TypedResults.Created($"/api/tickets/{id}/messages/{message.Id}", message)
            : TicketNotFound(id);

    public static async Task<Results<Ok<IReadOnlyList<TicketMessageResponse>>, ProblemHttpResult>> ListMessagesAsync(
        int id, ClaimsPrincipal user, TicketDesk desk, CancellationToken ct) =>
        await desk.MessagesAsync(user, id, ct) is { } messages ? TypedResults.Ok(messages) : TicketNotFound(id);

    private static ProblemHttpResult TicketNotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found", detail: $"There is no ticket {id}.");
}

public sealed record CreateTicketRequest(
    [property: Required, MinLength(3), MaxLength(TicketRules.SubjectMaxLength)] string Subject,
    [property: Required, MinLength(1), MaxLength(TicketRules.DescriptionMaxLength)] string Description,
    [property: Required, TicketCategoryName] string Category);

public sealed record ChangeStatusRequest([property: Required, TicketStatusName] string Status);

public sealed record AddMessageRequest([property: Required, MinLength(1), MaxLength(TicketRules.MessageMaxLength)] string Body);

public sealed record TicketResponse(int Id, Guid CustomerId, string Subject, string Description, string Category, string Status, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static TicketResponse From(Ticket t) => new(t.Id, t.CustomerId, t.Subject, t.Description, t.Category, t.Status, t.CreatedAt, t.UpdatedAt);
}

public sealed record TicketMessageResponse(int Id, int TicketId, Guid AuthorId, string AuthorRole, string Body, DateTime CreatedAt)
{
    public static TicketMessageResponse From(TicketMessage m) => new(m.Id, m.TicketId, m.AuthorId, m.AuthorRole, m.Body, m.CreatedAt);
}
