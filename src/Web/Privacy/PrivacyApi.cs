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
        routes.MapGroup("/api/privacy").WithTags("Privacy").RequireAuthorization(Roles.Admin)
            .MapGet("/audit", ListAuditAsync).WithName("ListPrivacyAudit")
            .WithSummary("Who read or exported customers' data, newest first (optionally of one customer)");
        return routes;
    }

    public static async Task<Ok<List<PrivacyAuditResponse>>> ListAuditAsync(AppDbContext db, Guid? customerId, CancellationToken ct)
    {
        var query = db.Set<PrivacyAuditEntry>().AsNoTracking();
        if (customerId is { } customer) query = query.Where(e => e.CustomerId == customer);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(MaxEntries).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(e => new PrivacyAuditResponse(e.At, e.Actor, e.Action, e.Subject, e.CustomerId, e.Reason)).ToList());
    }
}

public sealed record PrivacyAuditResponse(DateTime At, string Actor, string Action, string Subject, Guid? CustomerId, string? Reason);
