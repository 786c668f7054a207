using AgentSupport.Web.Data;
using AgentSupport.Web.Domain;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Domain.Documents;
using AgentSupport.Web.Domain.Inspections;
using AgentSupport.Web.Domain.Offers;
using AgentSupport.Web.Domain.Payouts;
using AgentSupport.Web.Domain.Scheduling;
using AgentSupport.Web.Domain.Warranty;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Privacy;

/// <summary>
/// Everything stored about one customer (account, tickets, conversations with their tool results, cars, offers,
/// inspections, payouts, deals, warranties, appointments, erasure requests), for their right of access.
/// Conversations already anonymised are no longer theirs and are not included.
/// </summary>
public static class CustomerDataExport
{
    /// <summary>Null when there is no such customer.</summary>
    public static async Task<CustomerData?> BuildAsync(AppDbContext db, Guid customerId, DateTime now, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == customerId && u.Role == Accounts.Roles.Customer)
            .Select(u => new AccountData(u.Id, u.Email, u.DisplayName, u.CreatedAt)).SingleOrDefaultAsync(ct);
        if (account is null) return null;

        var tickets = await db.Tickets.AsNoTracking().Where(t => t.CustomerId == customerId).Include(t => t.Messages)
            .OrderBy(t => t.Id).ToListAsync(ct);
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.CustomerId == customerId)
            .Include(c => c.Messages).Include(c => c.ToolCalls).OrderBy(c => c.CreatedAt).ToListAsync(ct);

        return new CustomerData(
            now,
            account,
            tickets.Select(t => new TicketData(t.Id, t.Subject, t.Description, t.Category, t.Status, t.CreatedAt, t.UpdatedAt,
                t.Messages.OrderBy(m => m.Id).Select(m => new TicketMessageData(m.AuthorRole, m.Body, m.CreatedAt)).ToList())).ToList(),
            conversations.Select(c => new ConversationData(c.Id, c.TicketId, c.Context, c.Channel, c.Language, c.Status, c.Csat, c.RatingComment,
                c.CreatedAt, c.UpdatedAt,
                c.Messages.OrderBy(m => m.Turn).Select(m => new ConversationMessageData(m.Turn, m.Role, m.Text, m.CreatedAt)).ToList(),
                c.ToolCalls.OrderBy(t => t.Id).Select(t => new ToolCallData(t.Turn, t.Plugin, t.Function, t.ArgumentsJson, t.ResultJson, t.Succeeded, t.CreatedAt)).ToList()))
                .ToList(),
            await db.Set<Car>().AsNoTracking().Where(c => c.OwnerId == customerId).OrderBy(c => c.Id)
                .Select(c => new CarData(c.Plate, c.Make, c.Model, c.Year, c.Km)).ToListAsync(ct),
            (await db.Set<PurchaseOffer>().AsNoTracking().Where(o => o.CustomerId == customerId).OrderBy(o => o.Id).ToListAsync(ct))
                .Select(o => new OfferData(o.Plate, o.Make, o.Model, o.Year, o.Km, Name(o.Condition), o.AmountMxn, o.CreatedAt, o.ExpiresAt, o.AcceptedAt)).ToList(),
            (await db.Set<CarInspection>().AsNoTracking().Where(i => i.CustomerId == customerId).Include(i => i.Car).Include(i => i.Findings)
                    .OrderBy(i => i.Id).ToListAsync(ct))
                .Select(i => new InspectionData(i.Car?.Plate, i.HubId, i.ScheduledAt, Name(i.Stage), i.ConditionGrade is { } grade ? Name(grade) : null,
                    i.EstimatedReadyAt, i.CompletedAt,
                    i.Findings.OrderBy(f => f.Id).Select(f => new FindingData(f.Component, Name(f.Severity), f.Note, f.EstimatedRepairMxn)).ToList())).ToList(),
            (await db.Set<SellerPayout>().AsNoTracking().Where(p => p.CustomerId == customerId).Include(p => p.Car).OrderBy(p => p.Id).ToListAsync(ct))
                .Select(p => new PayoutData(p.Car?.Plate, p.AmountMxn, Name(p.Stage), p.CreatedAt, p.ApprovedAt, p.TransferredAt, p.Reference, p.BankAccountLast4)).ToList(),
            (await db.Set<CarDeal>().AsNoTracking().Where(d => d.CustomerId == customerId).Include(d => d.Car).Include(d => d.Documents)
                    .OrderBy(d => d.Id).ToListAsync(ct))
                .Select(d => new DealData(d.Car?.Plate, Name(d.Kind), d.Financed, d.OpenedAt, d.ClosedAt,
                    d.Documents.OrderBy(x => x.Id).Select(x => new DocumentData(Name(x.Kind), x.ReceivedAt)).ToList())).ToList(),
            (await db.Set<WarrantyPolicy>().AsNoTracking().Where(p => p.CustomerId == customerId).Include(p => p.Car).Include(p => p.Claims)
                    .OrderBy(p => p.Id).ToListAsync(ct))
                .Select(p => new WarrantyData(p.Car?.Plate, p.PurchasedAt, p.KmAtPurchase,
                    p.Claims.OrderBy(c => c.Id).Select(c => new WarrantyClaimData(Name(c.Component), Name(c.Plan), c.OdometerKm, c.Description, c.OpenedAt)).ToList())).ToList(),
            (await db.Set<HubAppointment>().AsNoTracking().Where(a => a.CustomerId == customerId).OrderBy(a => a.Start).ToListAsync(ct))
                .Select(a => new AppointmentData(a.HubId, Name(a.Type), a.Start, a.BookedAt)).ToList(),
            await db.Set<ErasureRequest>().AsNoTracking().Where(r => r.CustomerId == customerId).OrderBy(r => r.Id)
                .Select(r => new ErasureRequestData(r.Id, r.Status, r.RequestedAt, r.DecidedAt, r.RejectionReason)).ToListAsync(ct));
    }

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => EnumNames<TEnum>.NameOf(value);
}

public sealed record CustomerData(
    DateTime ExportedAt,
    AccountData Account,
    IReadOnlyList<TicketData> Tickets,
    IReadOnlyList<ConversationData> Conversations,
    IReadOnlyList<CarData> Cars,
    IReadOnlyList<OfferData> Offers,
    IReadOnlyList<InspectionData> Inspections,
    IReadOnlyList<PayoutData> Payouts,
    IReadOnlyList<DealData> Deals,
    IReadOnlyList<WarrantyData> Warranties,
    IReadOnlyList<AppointmentData> Appointments,
    IReadOnlyList<ErasureRequestData> ErasureRequests);

public sealed record AccountData(Guid Id, string Email, string DisplayName, DateTime CreatedAt);

public sealed record TicketData(int Id, string Subject, string Description, string Category, string Status, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<TicketMessageData> Messages);

public sealed record TicketMessageData(string AuthorRole, string Body, DateTime CreatedAt);

public sealed record ConversationData(Guid Id, int? TicketId, string Context, string Channel, string Language, string Status, double? Csat,
    string? RatingComment, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<ConversationMessageData> Messages, IReadOnlyList<ToolCallData> ToolCalls);

public sealed record ConversationMessageData(int Turn, string Role, string Text, DateTime CreatedAt);

/// <param name="ArgumentsJson">What the agent asked the tool, as it ran.</param>
/// <param name="ResultJson">What the tool answered.</param>
public sealed record ToolCallData(int Turn, string Plugin, string Function, string ArgumentsJson, string ResultJson, bool Succeeded, DateTime CreatedAt);

public sealed record CarData(string Plate, string Make, string Model, int Year, int Km);

public sealed record OfferData(string? Plate, string Make, string Model, int Year, int Km, string Condition, decimal AmountMxn,
    DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt);

public sealed record InspectionData(string? Plate, string HubId, DateTime ScheduledAt, string Stage, string? ConditionGrade,
    DateTime? EstimatedReadyAt, DateTime? CompletedAt, IReadOnlyList<FindingData> Findings);

public sealed record FindingData(string Component, string Severity, string Note, decimal? EstimatedRepairMxn);

public sealed record PayoutData(string? Plate, decimal AmountMxn, string Stage, DateTime CreatedAt, DateTime? ApprovedAt, DateTime? TransferredAt,
    string? Reference, string? BankAccountLast4);

public sealed record DealData(string? Plate, string Kind, bool Financed, DateTime OpenedAt, DateTime? ClosedAt, IReadOnlyList<DocumentData> Documents);

public sealed record DocumentData(string Kind, DateTime ReceivedAt);

public sealed record WarrantyData(string? Plate, DateTime PurchasedAt, int KmAtPurchase, IReadOnlyList<WarrantyClaimData> Claims);

public sealed record WarrantyClaimData(string Component, string Plan, int OdometerKm, string Description, DateTime OpenedAt);

public sealed record AppointmentData(string HubId, string Type, DateTime Start, DateTime BookedAt);

public sealed record ErasureRequestData(int Id, string Status, DateTime RequestedAt, DateTime? DecidedAt, string? RejectionReason);
