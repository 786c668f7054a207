using System.ComponentModel;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Payouts;

/// <summary>PayoutTracker: the state and expected date of the payment to a customer who sold us a car.</summary>
public sealed class PayoutTrackerPlugin(
    IPayoutService payouts,
    IDocumentService documents,
    CustomerContext customer,
    TimeProvider? timeProvider = null,
    ILogger<PayoutTrackerPlugin>? logger = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "PayoutTracker";

    /// <summary>The intent of the intents table this plugin serves.</summary>
    public const string Intent = "payment_status";

    public const string GetPayoutStatus = "get_payout_status";

    /// <summary>Business days the back office takes to approve a payout once its documents are complete.</summary>
    public const int ReviewBusinessDays = 1;

    /// <summary>Business days from approval to the SPEI transfer.</summary>
    public const int TransferBusinessDays = 2;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<PayoutTrackerPlugin>.Instance;

    [KernelFunction(GetPayoutStatus)]
    [Description("Gets the status of the payment (payout) we owe the signed-in customer for a car they sold us: stage pending_documents → approved → transferred, " +
                 "amount in MXN, the documents still blocking it, the expected transfer date in business days (Mexican banking days), " +
                 "and once transferred the date and SPEI reference. Overdue is true when the expected date has passed without a transfer. " +
                 "Without a plate, returns all of the customer's payouts.")]
    public Task<ToolResult<PayoutStatusReport>> GetPayoutStatusAsync(
        [Description("Licence plate of the sold car. Leave empty for all the customer's payouts.")] string? plate = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<PayoutStatusReport>(_logger, async () =>
        {
            var all = await payouts.ListPayoutsAsync(customer.CustomerId, cancellationToken);
            var selected = PlateSelection.Filter(all, p => p.Plate, plate, "payout");
            if (!selected.Ok)
            {
                return selected.Error!;
            }

            var deals = await documents.ListDealsAsync(customer.CustomerId, cancellationToken);
            var today = MexicoTime.Today(_time);
            var statuses = selected.Value!
                .OrderByDescending(p => p.CreatedAt)
                .Select(p => Describe(p, deals.FirstOrDefault(d => d.Kind == DealKind.Sale && Plate.SameAs(d.Plate, p.Plate)), today))
                .ToList();
            return new PayoutStatusReport(statuses);
        }, cancellationToken);

    /// <summary>
    /// The expected transfer date: from approval, <see cref="TransferBusinessDays"/>; while documents are
    /// under review, review plus transfer days from today; none while documents are missing.
    /// </summary>
    internal static PayoutStatus Describe(Payout payout, Deal? sale, DateOnly today)
    {
        var missing = payout.Stage == PayoutStage.PendingDocuments && sale is not null
            ? DocumentRequirements.MissingFor(sale)
            : [];
        DateOnly? expected = payout.Stage switch
        {
            PayoutStage.Transferred => DateOnly.FromDateTime(MexicoTime.ToLocal(payout.TransferredAt ?? payout.ApprovedAt ?? payout.CreatedAt).DateTime),
            PayoutStage.Approved => BusinessCalendar.AddBusinessDays(DateOnly.FromDateTime(MexicoTime.ToLocal(payout.ApprovedAt ?? payout.CreatedAt).DateTime), TransferBusinessDays),
            _ when missing.Count == 0 => BusinessCalendar.AddBusinessDays(today, ReviewBusinessDays + TransferBusinessDays),
            _ => null,
        };
        return new PayoutStatus(
            payout.Id,
            payout.Plate,
            payout.Stage,
            payout.AmountMxn,
            DocumentRequirements.Explain(missing),
            expected,
            payout.Stage == PayoutStage.Approved && expected < today,
            payout.TransferredAt is { } at ? MexicoTime.ToLocal(at) : null,
            payout.Reference,
            payout.BankAccountLast4);
    }
}

public sealed record PayoutStatusReport(IReadOnlyList<PayoutStatus> Payouts);

/// <summary>
/// <paramref name="ExpectedTransferDate"/> is null while documents are missing: the transfer cannot be
/// promised until they arrive.
/// </summary>
public sealed record PayoutStatus(
    string PayoutId,
    string Plate,
    PayoutStage Stage,
    decimal AmountMxn,
    IReadOnlyList<RequiredDocument> MissingDocuments,
    DateOnly? ExpectedTransferDate,
    bool Overdue,
    DateTimeOffset? TransferredAt,
    string? Reference,
    string? BankAccountLast4);
