using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Data;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Ui.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Ui.Privacy;

/// <summary>What the personal-data pages do, through the handlers and services the privacy API runs.</summary>
public sealed class PrivacyPages(ScopedOperations operations)
{
    public Task<IReadOnlyList<ErasureRequestResponse>> OwnRequestsAsync(ClaimsPrincipal customer, CancellationToken ct) =>
        operations.RunAsync<IReadOnlyList<ErasureRequestResponse>>(async services =>
            (await PrivacyApi.OwnErasureRequestsAsync(customer, services.GetRequiredService<AppDbContext>(), ct)).Value!);

    /// <summary>False when a request is already waiting.</summary>
    public Task<bool> RequestErasureAsync(ClaimsPrincipal customer, CancellationToken ct) =>
        operations.RunAsync(async services => await services.GetRequiredService<CustomerErasure>().RequestAsync(customer, ct) is not null);

    public Task<IReadOnlyList<ErasureRequestResponse>> ErasureRequestsAsync(CancellationToken ct) =>
        operations.RunAsync<IReadOnlyList<ErasureRequestResponse>>(async services =>
            (await PrivacyApi.ListErasureRequestsAsync(services.GetRequiredService<AppDbContext>(), ct)).Result is Ok<List<ErasureRequestResponse>> { Value: { } list }
                ? list
                : []);

    public Task<ErasureRefusal?> ApproveAsync(ClaimsPrincipal admin, int id, CancellationToken ct) =>
        operations.RunAsync(async services => (await services.GetRequiredService<CustomerErasure>().ApproveAsync(id, admin, ct)).Refusal);

    public Task<ErasureRefusal?> RejectAsync(ClaimsPrincipal admin, int id, RejectErasureRequest request, CancellationToken ct)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return operations.RunAsync(async services => (await services.GetRequiredService<CustomerErasure>().RejectAsync(id, admin, request.Reason, ct)).Refusal);
    }

    public Task<IReadOnlyList<PrivacyAuditResponse>> AuditAsync(AuditFilter filter, CancellationToken ct) =>
        operations.RunAsync<IReadOnlyList<PrivacyAuditResponse>>(async services =>
            (await PrivacyApi.ListAuditAsync(services.GetRequiredService<AppDbContext>(), ct,
                filter.CustomerId, filter.Action, filter.Actor, filter.From, filter.To)).Value!);
}

/// <summary>Empty members do not filter; <see cref="From"/> and <see cref="To"/> are UTC instants (to exclusive).</summary>
public sealed record AuditFilter(string? Action = null, string? Actor = null, Guid? CustomerId = null, DateTime? From = null, DateTime? To = null);
