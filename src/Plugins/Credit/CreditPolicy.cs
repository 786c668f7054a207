using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Credit;

/// <summary>
/// Car-loan pre-qualification rules. The risk band comes from the down payment share (the more the
/// customer puts down, the less we lend against the car's value): A ≥ 30% at 12.9% a year, B ≥ 20% at
/// 14.9%, C ≥ 10% at 17.9%; terms over 48 months add one point. Fixed rate, monthly French
/// amortisation: payment = P·r / (1 − (1 + r)^−n), r = annual rate / 12. Refused when the down payment
/// is under 10%, the financed amount is outside 50,000–1,500,000 MXN, or the payment exceeds 35% of
/// the monthly income.
/// </summary>
public static class CreditPolicy
{
    public const int MinTermMonths = 12;
    public const int MaxTermMonths = 72;
    public const decimal MinDownPaymentShare = 0.10m;
    public const decimal MaxPaymentToIncome = 0.35m;
    public const decimal MinFinancedMxn = 50_000m;
    public const decimal MaxFinancedMxn = 1_500_000m;
    public const decimal LongTermSurchargePercent = 1.0m;

    private static readonly (string Band, decimal MinShare, decimal AnnualRatePercent)[] Bands =
    [
        ("A", 0.30m, 12.9m),
        ("B", 0.20m, 14.9m),
        ("C", MinDownPaymentShare, 17.9m),
    ];

    public static ToolResult<CreditSimulation> Simulate(decimal monthlyIncome, decimal downPayment, decimal carPrice, int termMonths)
    {
        if (monthlyIncome <= 0)
        {
            return ToolError.InvalidArgument($"monthlyIncome must be a positive amount in MXN; got {monthlyIncome}.");
        }

        if (carPrice <= 0)
        {
            return ToolError.InvalidArgument($"carPrice must be a positive amount in MXN; got {carPrice}.");
        }

        if (downPayment < 0)
        {
            return ToolError.InvalidArgument($"downPayment cannot be negative; got {downPayment}.");
        }

        if (downPayment >= carPrice)
        {
            return ToolError.InvalidArgument($"A down payment of {downPayment:N0} covers the whole price of {carPrice:N0}; there is nothing to finance.");
        }

        if (termMonths is < MinTermMonths or > MaxTermMonths)
        {
            return ToolError.InvalidArgument($"termMonths must be between {MinTermMonths} and {MaxTermMonths}; got {termMonths}.");
        }

        var share = downPayment / carPrice;
        if (share < MinDownPaymentShare)
        {
            return ToolError.NotEligible($"The down payment must be at least 10% of the price: {Money(carPrice * MinDownPaymentShare)} MXN for a car of {Money(carPrice)} MXN; offered {Money(downPayment)}.");
        }

        var financed = carPrice - downPayment;
        if (financed is < MinFinancedMxn or > MaxFinancedMxn)
        {
            return ToolError.NotEligible($"We finance between {Money(MinFinancedMxn)} and {Money(MaxFinancedMxn)} MXN; this request would finance {Money(financed)}.");
        }

        var (band, _, baseRate) = Bands.First(b => share >= b.MinShare);
        var annualRate = baseRate + (termMonths > 48 ? LongTermSurchargePercent : 0m);
        var monthlyRate = annualRate / 100m / 12m;
        var payment = Math.Round(MonthlyPayment(financed, monthlyRate, termMonths), 2, MidpointRounding.AwayFromZero);
        var maxPayment = monthlyIncome * MaxPaymentToIncome;
        if (payment > maxPayment)
        {
            var affordable = maxPayment * (1m - Discount(monthlyRate, termMonths)) / monthlyRate;
            return ToolError.NotEligible(
                $"The monthly payment would be {Money(payment)} MXN, more than 35% of the income ({Money(maxPayment)}). " +
                $"With this term and rate the customer can finance up to {Money(affordable)} MXN, i.e. a down payment of at least {Money(carPrice - affordable)} MXN, " +
                $"or choose a longer term or a cheaper car.");
        }

        var totalPaid = payment * termMonths;
        return new CreditSimulation(
            band,
            annualRate,
            termMonths,
            Math.Round(share * 100m, 1),
            financed,
            payment,
            Math.Round(totalPaid, 2),
            Math.Round(totalPaid - financed, 2),
            Math.Round(payment / monthlyIncome * 100m, 1));
    }

    /// <summary>The annuity payment that repays <paramref name="principal"/> in <paramref name="months"/> equal instalments.</summary>
    public static decimal MonthlyPayment(decimal principal, decimal monthlyRate, int months) =>
        principal * monthlyRate / (1m - Discount(monthlyRate, months));

    /// <summary>(1 + r)^−n, computed in decimal so cents stay exact.</summary>
    private static decimal Discount(decimal monthlyRate, int months)
    {
        var growth = 1m;
        for (var i = 0; i < months; i++)
        {
            growth *= 1m + monthlyRate;
        }

        return 1m / growth;
    }

    private static string Money(decimal amount) => amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A pre-qualified loan; not a credit decision, which needs a bureau check.</summary>
public sealed record CreditSimulation(
    string RiskBand,
    decimal AnnualRatePercent,
    int TermMonths,
    decimal DownPaymentPercent,
    decimal FinancedMxn,
    decimal MonthlyPaymentMxn,
    decimal TotalPaidMxn,
    decimal TotalInterestMxn,
    decimal PaymentToIncomePercent);
