using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Privacy;

public static class PrivacyApi
{
    public const int MaxEntries = 500;

    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/privacy").WithTags("Privacy");

        var own = api.MapGroup("/me").RequireAuthorization(policy => policy.RequireRole(Roles.Customer));
        own.MapGet("/data", OwnDataAsync).WithName("DownloadMyData").WithSummary("Everything stored about the signed-in customer, as a JSON download");
        own.MapPost("/erasure", RequestErasureAsync).WithName("RequestErasure").WithSummary("Ask for the customer's personal data to be erased");
        own.MapGet("/erasure", OwnErasureRequestsAsync).WithName("ListMyErasureRequests").WithSummary("The customer's erasure requests and their decisions");

        var admin = api.MapGroup("").RequireAuthorization(Roles.Admin);
        admin.MapGet("/audit", ListAuditAsync).WithName("ListPrivacyAudit")
            .WithSummary("Who read, exported, anonymised or erased customers' data, newest first, with filters");
        admin.MapGet("/customers/{customerId:guid}/data", CustomerDataAsync).WithName("DownloadCustomerData")
            .WithSummary("Everything stored about one customer, as a JSON download (recorded)");
        admin.MapGet("/erasure-requests", ListErasureRequestsAsync).WithName("ListErasureRequests").WithSummary("Erasure requests, oldest pending first");
        admin.MapPost("/erasure-requests/{id:int}/approve", ApproveErasureAsync).WithName("ApproveErasure")
            .WithSummary("Erase the customer's personal data across every table; tickets and business records are kept anonymised");
        admin.MapPost("/erasure-requests/{id:int}/reject", RejectErasureAsync).WithName("RejectErasure").WithSummary("Refuse the request, with a reason");
        return routes;
    }

    public static async Task<Ok<List<PrivacyAuditResponse>>> ListAuditAsync(
        AppDbContext db, CancellationToken ct, Guid? customerId = null, string? action = null, string? actor = null, DateTime? from = null, DateTime? to = null)
    {
        var query = db.Set<PrivacyAuditEntry>().AsNoTracking();
        if (customerId is { } customer) query = query.Where(e => e.CustomerId == customer);
        if (!string.IsNullOrWhiteSpace(action)) query = query.Where(e => e.Action == action.Trim());
        if (!string.IsNullOrWhiteSpace(actor))
        {
            var text = actor.Trim().ToUpperInvariant();
            query = query.Where(e => e.Actor.ToUpper().Contains(text));
        }
        if (from is { } start) query = query.Where(e => e.At >= start.ToUniversalTime());
        if (to is { } end) query = query.Where(e => e.At < end.ToUniversalTime());
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(MaxEntries).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(e => new PrivacyAuditResponse(e.At, e.Actor, e.Action, e.Subject, e.CustomerId, e.Reason)).ToList());
    }

    public static async Task<Results<Ok<CustomerData>, ProblemHttpResult>> OwnDataAsync(
        ClaimsPrincipal user, HttpContext http, AppDbContext db, PrivacyAudit audit, TimeProvider clock, CancellationToken ct) =>
        await DownloadAsync(user.UserId(), user, http, db, audit, clock, ct);

    public static async Task<Results<Ok<CustomerData>, ProblemHttpResult>> CustomerDataAsync(
        Guid customerId, ClaimsPrincipal user, HttpContext http, AppDbContext db, PrivacyAudit audit, TimeProvider clock, CancellationToken ct) =>
        await DownloadAsync(customerId, user, http, db, audit, clock, ct);

    private static async Task<Results<Ok<CustomerData>, ProblemHttpResult>> DownloadAsync(
        Guid customerId, ClaimsPrincipal user, HttpContext http, AppDbContext db, PrivacyAudit audit, TimeProvider clock, CancellationToken ct)
    {
        if (await CustomerDataExport.BuildAsync(db, customerId, clock.GetUtcNow().UtcDateTime, ct) is not { } data)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Customer not found", detail: $"There is no customer {customerId}.");
        await audit.RecordAsync(user, PrivacyActions.DataExport, $"customer data {customerId}", customerId, ct: ct);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"customer-data-{customerId:N}.json\"";
        return TypedResults.Ok(data);
    }

    public static async Task<Results<Created<ErasureRequestResponse>, ProblemHttpResult>> RequestErasureAsync(
        ClaimsPrincipal user, CustomerErasure erasure, CancellationToken ct) =>
        await erasure.RequestAsync(user, ct) is { } request
            ? TypedResults.Created("/api/privacy/me/erasure", ErasureRequestResponse.ForCustomer(request))
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "An erasure request is already waiting",
                detail: "An admin will decide on the request you made; you can follow it here.");

    public static async Task<Ok<List<ErasureRequestResponse>>> OwnErasureRequestsAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var customerId = user.UserId();
        var requests = await db.Set<ErasureRequest>().AsNoTracking().Where(r => r.CustomerId == customerId)
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        return TypedResults.Ok(requests.Select(ErasureRequestResponse.ForCustomer).ToList());
    }

    public static async Task<Results<Ok<List<ErasureRequestResponse>>, ValidationProblem>> ListErasureRequestsAsync(
        AppDbContext db, CancellationToken ct, string? status = null)
    {
        if (status is not null && !ErasureStatus.All.Contains(status))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"One of: {string.Join(", ", ErasureStatus.All)}."] });
        var query = db.Set<ErasureRequest>().AsNoTracking();
        if (status is not null) query = query.Where(r => r.Status == status);
        var rows = await query
            .Join(db.Users, r => r.CustomerId, u => u.Id, (r, u) => new { Request = r, u.Email })
            .OrderBy(r => r.Request.Status == ErasureStatus.Pending ? 0 : 1).ThenBy(r => r.Request.RequestedAt).ThenBy(r => r.Request.Id)
            .Take(MaxEntries).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => ErasureRequestResponse.ForAdmin(r.Request, r.Email)).ToList());
    }

    public static async Task<Results<Ok<ErasureRequestResponse>, ProblemHttpResult>> ApproveErasureAsync(
        int id, ClaimsPrincipal user, CustomerErasure erasure, CancellationToken ct) =>
        Decided(id, await erasure.ApproveAsync(id, user, ct));

    public static async Task<Results<Ok<ErasureRequestResponse>, ProblemHttpResult>> RejectErasureAsync(
        int id, RejectErasureRequest request, ClaimsPrincipal user, CustomerErasure erasure, CancellationToken ct) =>
        Decided(id, await erasure.RejectAsync(id, user, request.Reason, ct));

    private static Results<Ok<ErasureRequestResponse>, ProblemHttpResult> Decided(int id, (ErasureRequest? Request, ErasureRefusal? Refusal) outcome) =>
        outcome switch
        {
            ({ } request, _) => TypedResults.Ok(ErasureRequestResponse.ForAdmin(request, null)),
            (_, ErasureRefusal.AlreadyDecided) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "The request is already decided", detail: $"Erasure request {id} was approved or rejected before."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Erasure request not found", detail: $"There is no erasure request {id}."),
        };
}

public sealed record PrivacyAuditResponse(DateTime At, string Actor, string Action, string Subject, Guid? CustomerId, string? Reason);

public sealed record RejectErasureRequest([property: Required, MaxLength(ErasureRules.ReasonMaxLength)] string Reason);

/// <param name="CustomerEmail">For admins only, as the account reads now (an erased account's is a placeholder).</param>
/// <param name="DecidedBy">For admins only: the admin who decided.</param>
public sealed record ErasureRequestResponse(
    int Id, Guid CustomerId, string? CustomerEmail, string Status, DateTime RequestedAt, string? DecidedBy, DateTime? DecidedAt, string? RejectionReason)
{
    public static ErasureRequestResponse ForCustomer(ErasureRequest r) =>
        new(r.Id, r.CustomerId, null, r.Status, r.RequestedAt, null, r.DecidedAt, r.RejectionReason);

    public static ErasureRequestResponse ForAdmin(ErasureRequest r, string? email) =>
        new(r.Id, r.CustomerId, email, r.Status, r.RequestedAt, r.DecidedBy, r.DecidedAt, r.RejectionReason);
}
