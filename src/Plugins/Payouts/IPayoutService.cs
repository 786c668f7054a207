namespace AgentSupport.Plugins.Payouts;

/// <summary>Port: the payouts owed to the customer for cars they sold us.</summary>
public interface IPayoutService
{
    Task<IReadOnlyList<Payout>> ListPayoutsAsync(Guid customerId, CancellationToken cancellationToken);
}

/// <summary>
/// A payout for the car with <paramref name="Plate"/>. <paramref name="Reference"/> is the SPEI tracking
/// key once transferred; <paramref name="BankAccountLast4"/> the last digits of the destination CLABE.
/// </summary>
public sealed record Payout(
    string Id,
    string Plate,
    decimal AmountMxn,
    PayoutStage Stage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ApprovedAt = null,
    DateTimeOffset? TransferredAt = null,
    string? Reference = null,
    string? BankAccountLast4 = null);
