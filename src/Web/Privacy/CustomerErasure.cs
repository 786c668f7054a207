using System.Security.Claims;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Payouts;
using AgentSupport.Web.Domain.Tickets;
using AgentSupport.Web.Domain.Warranty;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Privacy;

/// <summary>
/// A customer asks for erasure; an admin approves it (or rejects it with a reason). Approval, in one transaction:
/// the customer's conversations are unlinked and their texts erased; their tickets, which the business keeps, lose
/// every text; warranty claim descriptions and the payout account digits go; the audit trail names them by the
/// account's placeholder; the account stays as an empty shell
/// nobody can sign in to, so the records the business must keep (deals, payouts, inspections, warranties) still
/// point somewhere without naming anyone. Counts, statuses, amounts, CSAT, tokens and dates stay, so metrics stay true.
/// </summary>
public sealed class CustomerErasure(AppDbContext db, PrivacyAudit audit, TimeProvider clock)
{
    /// <summary>The customer's new request, or null when one is already waiting for an admin.</summary>
    public async Task<ErasureRequest?> RequestAsync(ClaimsPrincipal customer, CancellationToken ct)
    {
        var customerId = customer.UserId();
        if (await db.Set<ErasureRequest>().AnyAsync(r => r.CustomerId == customerId && r.Status == ErasureStatus.Pending, ct)) return null;
        var request = new ErasureRequest { CustomerId = customerId, RequestedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(request);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(customer, PrivacyActions.ErasureRequested, $"erasure request {request.Id}", customerId, ct: ct);
        return request;
    }

    public async Task<(ErasureRequest? Request, ErasureRefusal? Refusal)> ApproveAsync(int id, ClaimsPrincipal admin, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await DecideAsync(id, ErasureStatus.Approved, admin, now, null, ct) is { } refusal) return (null, refusal);

        var request = await db.Set<ErasureRequest>().SingleAsync(r => r.Id == id, ct);
        await ConversationAnonymiser.AnonymiseAsync(db, db.Conversations.Where(c => c.CustomerId == request.CustomerId), ConversationAnonymiser.Erasing, now, ct);
        await EraseRecordsAsync(request.CustomerId, ct);
        await audit.RecordAsync(admin, PrivacyActions.ErasureApproved, $"erasure request {id}", request.CustomerId, ct: ct);
        await transaction.CommitAsync(ct);
        return (request, null);
    }

    public async Task<(ErasureRequest? Request, ErasureRefusal? Refusal)> RejectAsync(int id, ClaimsPrincipal admin, string reason, CancellationToken ct)
    {
        if (await DecideAsync(id, ErasureStatus.Rejected, admin, clock.GetUtcNow().UtcDateTime, reason.Trim(), ct) is { } refusal) return (null, refusal);
        var request = await db.Set<ErasureRequest>().AsNoTracking().SingleAsync(r => r.Id == id, ct);
        await audit.RecordAsync(admin, PrivacyActions.ErasureRejected, $"erasure request {id}", request.CustomerId, request.RejectionReason, ct);
        return (request, null);
    }

    /// <summary>
    /// Moves a pending request to its decision in one conditional update, so of two admins deciding at once only the
    /// first wins (the second sees it decided); null on success.
    /// </summary>
    private async Task<ErasureRefusal?> DecideAsync(int id, string status, ClaimsPrincipal admin, DateTime now, string? reason, CancellationToken ct)
    {
        var decidedBy = admin.Email();
        var changed = await db.Set<ErasureRequest>().Where(r => r.Id == id && r.Status == ErasureStatus.Pending).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.DecidedBy, decidedBy)
            .SetProperty(r => r.DecidedAt, now)
            .SetProperty(r => r.RejectionReason, reason), ct);
        if (changed == 1) return null;
        return await db.Set<ErasureRequest>().AnyAsync(r => r.Id == id, ct) ? ErasureRefusal.AlreadyDecided : ErasureRefusal.NotFound;
    }

    private async Task EraseRecordsAsync(Guid customerId, CancellationToken ct)
    {
        const string erased = ConversationAnonymiser.ErasedText;
        var tickets = db.Tickets.Where(t => t.CustomerId == customerId);
        await tickets.ExecuteUpdateAsync(s => s.SetProperty(t => t.Subject, erased).SetProperty(t => t.Description, erased), ct);
        await db.TicketMessages.Where(m => tickets.Any(t => t.Id == m.TicketId)).ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, erased), ct);
        await db.Set<AgentTicket>().Where(a => a.EscalationReason != null && tickets.Any(t => t.Id == a.TicketId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.EscalationReason, erased), ct);
        await db.Set<WarrantyPolicyClaim>().Where(c => c.CustomerId == customerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Description, erased), ct);
        await db.Set<SellerPayout>().Where(p => p.CustomerId == customerId).ExecuteUpdateAsync(s => s.SetProperty(p => p.BankAccountLast4, (string?)null), ct);

        var shell = $"erased-{customerId:N}@erased.invalid";
        // The trail keeps what the customer did (their request), no longer who they were.
        var email = await db.Users.Where(u => u.Id == customerId).Select(u => u.Email).SingleAsync(ct);
        await db.Set<PrivacyAuditEntry>().Where(e => e.CustomerId == customerId && e.Actor == email).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, shell), ct);
        await db.Users.Where(u => u.Id == customerId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Email, shell)
            .SetProperty(u => u.NormalizedEmail, User.Normalize(shell))
            .SetProperty(u => u.DisplayName, erased)
            .SetProperty(u => u.PasswordHash, "")
            .SetProperty(u => u.Role, Roles.Erased), ct);
    }
}

public enum ErasureRefusal
{
    NotFound,
    AlreadyDecided,
}

public static class ErasureRules
{
    public const int ReasonMaxLength = 2000;
}
