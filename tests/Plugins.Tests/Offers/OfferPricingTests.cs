using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Offers;

public sealed class OfferPricingTests
{
    private static readonly DateOnly Today = new(2025, 6, 2);

    private static decimal Price(int year = 2020, int km = 45_000, CarCondition condition = CarCondition.Good, string make = "Mazda", string model = "3") =>
        OfferPricing.Price(make, model, year, km, condition, Today).AssertOk().AmountMxn;

    [Fact]
    public void Prices_a_known_model_from_the_table_by_the_documented_formula()
    {
        // 480,000 × (0.85 × 0.9^4) × (1 − 0.018 × 4.5) × 0.93 × 0.80 = 183,030 → rounded down to 500.
        var price = OfferPricing.Price("Mazda", "Mazda 3", 2020, 45_000, CarCondition.Good, Today).AssertOk();

        Assert.Equal(183_000m, price.AmountMxn);
        Assert.Equal(480_000m, price.BaseValueMxn);
        Assert.Equal("model", price.BaseValueSource);
    }

    [Fact]
    public void Offer_never_rises_with_more_km()
    {
        var prices = Enumerable.Range(0, 26).Select(i => Price(km: i * 10_000)).ToList();

        Assert.All(prices.Zip(prices.Skip(1)), pair => Assert.True(pair.Second <= pair.First));
        Assert.True(prices[^1] < prices[0]);
    }

    [Fact]
    public void Offer_never_rises_with_age()
    {
        var prices = Enumerable.Range(2010, 16).Reverse().Select(year => Price(year: year)).ToList();

        Assert.All(prices.Zip(prices.Skip(1)), pair => Assert.True(pair.Second < pair.First, $"{pair.Second} should be below {pair.First}"));
    }

    [Fact]
    public void Offer_falls_with_each_worse_condition()
    {
        var prices = new[] { CarCondition.Excellent, CarCondition.Good, CarCondition.Fair, CarCondition.Poor }
            .Select(condition => Price(condition: condition))
            .ToList();

        Assert.All(prices.Zip(prices.Skip(1)), pair => Assert.True(pair.Second < pair.First));
    }

    [Theory]
    [InlineData("BMW", "X7", "segment:premium", 950_000)]
    [InlineData("Renault", "Kwid", "segment:economy", 300_000)]
    [InlineData("Tesla", "Model 3", "segment:mainstream", 470_000)]
    [InlineData("VW", "jetta", "model", 480_000)]
    [InlineData("honda", "CR-V", "model", 700_000)]
    public void Unknown_models_fall_back_to_the_make_segment(string make, string model, string source, decimal baseValue)
    {
        var price = OfferPricing.Price(make, model, 2022, 30_000, CarCondition.Good, Today).AssertOk();

        Assert.Equal(source, price.BaseValueSource);
        Assert.Equal(baseValue, price.BaseValueMxn);
    }

    [Theory]
    [InlineData(2009, 50_000, ToolErrorCodes.NotEligible)]
    [InlineData(2020, 260_000, ToolErrorCodes.NotEligible)]
    [InlineData(2020, -1, ToolErrorCodes.InvalidArgument)]
    [InlineData(2027, 0, ToolErrorCodes.InvalidArgument)]
    public void Refuses_impossible_or_out_of_policy_cars(int year, int km, string code) =>
        OfferPricing.Price("Nissan", "Versa", year, km, CarCondition.Good, Today).AssertError(code);
}
