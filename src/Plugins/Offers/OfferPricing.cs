using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Offers;

/// <summary>
/// Prices an OfferIn24 purchase offer. Market value = base value of the model new (MXN) × age factor
/// × km factor × condition factor; the offer pays <see cref="PurchaseShare"/> of it, leaving room for
/// reconditioning and resale, rounded down to 500 MXN. Each factor depends on one input only, so the
/// offer never rises with age, km or a worse condition.
/// </summary>
public static class OfferPricing
{
    public const decimal PurchaseShare = 0.80m;
    public const int MaxAgeYears = 15;
    public const int MaxKm = 250_000;

    /// <summary>A car loses 15% in its first year and 10% of its remaining value each later year.</summary>
    public static decimal AgeFactor(int ageYears) =>
        ageYears <= 0 ? 1m : 0.85m * Pow(0.90m, ageYears - 1);

    /// <summary>1.8% per 10,000 km, never below 55%.</summary>
    public static decimal KmFactor(int km) => Math.Max(0.55m, 1m - (0.018m * km / 10_000m));

    public static decimal ConditionFactor(CarCondition condition) => condition switch
    {
        CarCondition.Excellent => 1.00m,
        CarCondition.Good => 0.93m,
        CarCondition.Fair => 0.82m,
        CarCondition.Poor => 0.65m,
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, null),
    };

    /// <summary>Prices a car; an error when the inputs are impossible or the car is outside what we buy.</summary>
    public static ToolResult<OfferPrice> Price(string make, string model, int year, int km, CarCondition condition, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(make) || string.IsNullOrWhiteSpace(model))
        {
            return ToolError.InvalidArgument("make and model are required, e.g. make 'Nissan', model 'Versa'.");
        }

        if (year < 1950 || year > today.Year + 1)
        {
            return ToolError.InvalidArgument($"year {year} is not a model year (1950 to {today.Year + 1}).");
        }

        if (km < 0)
        {
            return ToolError.InvalidArgument($"km cannot be negative; got {km}.");
        }

        var age = Math.Max(0, today.Year - year);
        if (age > MaxAgeYears)
        {
            return ToolError.NotEligible($"OfferIn24 buys cars up to {MaxAgeYears} years old; a {year} car is {age}. The customer can still sell through a regular listing.");
        }

        if (km > MaxKm)
        {
            return ToolError.NotEligible($"OfferIn24 buys cars with up to {MaxKm:N0} km; this one has {km:N0}.");
        }

        var (baseValue, source) = BaseValues.Find(make, model);
        var ageFactor = AgeFactor(age);
        var kmFactor = KmFactor(km);
        var conditionFactor = ConditionFactor(condition);
        var market = baseValue * ageFactor * kmFactor * conditionFactor;
        var amount = Math.Floor(market * PurchaseShare / 500m) * 500m;
        return new OfferPrice(amount, baseValue, source, Math.Round(ageFactor, 4), Math.Round(kmFactor, 4), conditionFactor, PurchaseShare);
    }

    private static decimal Pow(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }
}

/// <summary>
/// An offer amount and how it was reached, so the agent can explain it. <paramref name="BaseValueSource"/>
/// is "model" when the make and model are in the price table, else "segment:economy|mainstream|premium".
/// </summary>
public sealed record OfferPrice(
    decimal AmountMxn,
    decimal BaseValueMxn,
    string BaseValueSource,
    decimal AgeFactor,
    decimal KmFactor,
    decimal ConditionFactor,
    decimal PurchaseShare);
