using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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

    public static async Task<Created<TicketResponse>> CreateAsync(CreateTicketRequest request, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var ticket = new Ticket
        {
            CustomerId = user.UserId(),
            Subject = request.Subject.Trim(),
            Description = request.Description.Trim(),
            Category = request.Category,
        };
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/tickets/{ticket.Id}", TicketResponse.From(ticket));
    }

    public static async Task<Results<Ok<Page<TicketResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, AppDbContext db, CancellationToken ct,
        string? status = null, Guid? customerId = null, int page = 1, int pageSize = 20)
    {
        if (Paging.Validate(page, pageSize) is { } invalid) return invalid;
        if (status is not null && !TicketStatus.All.Contains(status))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Unknown status '{status}'."] });

        var query = db.Tickets.AsNoTracking();
        query = user.IsAdmin()
            ? customerId is { } customer ? query.Where(t => t.CustomerId == customer) : query
            : query.Where(t => t.CustomerId == user.UserId());
        if (status is not null) query = query.Where(t => t.Status == status);

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new Page<TicketResponse>(items.Select(TicketResponse.From).ToList(), total, page, pageSize));
    }

    public static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> GetAsync(int id, ClaimsPrincipal user, AppDbContext db, PrivacyAudit audit, CancellationToken ct)
    {
        if (await FindVisibleAsync(db, user, id, ct) is not { } ticket) return TicketNotFound(id);
        await audit.RecordAdminReadAsync(user, PrivacyActions.ReadTicket, $"ticket {id}", ticket.CustomerId, ct);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static async Task<Results<Ok<TicketResponse>, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        int id, ChangeStatusRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await FindVisibleAsync(db, user, id, ct) is not { } ticket) return TicketNotFound(id);
        if (!user.IsAdmin() && request.Status != TicketStatus.Closed)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Customers can only close their tickets");

        ticket.Status = request.Status;
        ticket.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static async Task<Results<Created<TicketMessageResponse>, ProblemHttpResult>> AddMessageAsync(
        int id, AddMessageRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await FindVisibleAsync(db, user, id, ct) is not { } ticket) return TicketNotFound(id);

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new TicketMessage
        {
            TicketId = ticket.Id,
            AuthorId = user.UserId(),
            AuthorRole = user.IsAdmin() ? Roles.Admin : Roles.Customer,
            Body = request.Body.Trim(),
            CreatedAt = now,
        };
        db.TicketMessages.Add(message);
        ticket.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/tickets/{id}/messages/{message.Id}", TicketMessageResponse.From(message));
    }

    public static async Task<Results<Ok<List<TicketMessageResponse>>, ProblemHttpResult>> ListMessagesAsync(
        int id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (await FindVisibleAsync(db, user, id, ct) is null) return TicketNotFound(id);
        var messages = await db.TicketMessages.AsNoTracking().Where(m => m.TicketId == id)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(ct);
        return TypedResults.Ok(messages.Select(TicketMessageResponse.From).ToList());
    }

    /// <summary>
    /// The ticket when the caller may see it. Another customer's ticket is reported exactly like a
    /// missing one, so ids cannot be probed.
    /// </summary>
    private static Task<Ticket?> FindVisibleAsync(AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var query = db.Tickets.Where(t => t.Id == id);
        if (!user.IsAdmin())
        {
            var customerId = user.UserId();
            query = query.Where(t => t.CustomerId == customerId);
        }
        return query.SingleOrDefaultAsync(ct);
    }

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
