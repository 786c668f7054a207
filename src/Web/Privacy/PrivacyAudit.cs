using System.Security.Claims;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;

namespace AgentSupport.Web.Privacy;

/// <summary>Records who read, exported, anonymised or erased a customer's data; a customer reading their own data is not recorded.</summary>
public sealed class PrivacyAudit(AppDbContext db, TimeProvider clock)
{
    /// <summary>The actor of what the app does on its own schedule (retention).</summary>
    public const string SystemActor = "system";

    public Task RecordAsync(ClaimsPrincipal user, string action, string subject, Guid? customerId = null, string? reason = null, CancellationToken ct = default) =>
        RecordAsync(user.Email(), action, subject, customerId, reason, ct);

    public async Task RecordAsync(string actor, string action, string subject, Guid? customerId = null, string? reason = null, CancellationToken ct = default)
    {
        db.Set<PrivacyAuditEntry>().Add(new PrivacyAuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            Subject = subject,
            CustomerId = customerId,
            Reason = reason,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Only an admin's reads are recorded: the customer's own are theirs.</summary>
    public Task RecordAdminReadAsync(ClaimsPrincipal user, string action, string subject, Guid? customerId, CancellationToken ct) =>
        user.IsAdmin() && user.UserId() != customerId ? RecordAsync(user, action, subject, customerId, ct: ct) : Task.CompletedTask;
}
