using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Credit;

public sealed class CreditPrequalificationPluginTests
{
    private readonly CreditPrequalificationPlugin _plugin = new();

    [Fact]
    public async Task Monthly_payment_matches_the_hand_computed_annuity()
    {
        // 300,000 car, 60,000 down (20% → band B, 14.9%), 48 months: P = 240,000, r = 0.149 / 12,
        // P·r / (1 − (1 + r)^−48) = 6,667.22 (computed independently).
        var loan = (await _plugin.SimulateCreditAsync(30_000m, 60_000m, 300_000m, 48)).AssertOk();

        Assert.Equal("B", loan.RiskBand);
        Assert.Equal(14.9m, loan.AnnualRatePercent);
        Assert.Equal(240_000m, loan.FinancedMxn);
        Assert.Equal(6_667.22m, loan.MonthlyPaymentMxn);
        Assert.Equal(6_667.22m * 48, loan.TotalPaidMxn);
        Assert.Equal((6_667.22m * 48) - 240_000m, loan.TotalInterestMxn);
        Assert.Equal(22.2m, loan.PaymentToIncomePercent);
    }

    [Fact]
    public async Task Long_terms_add_a_point_to_the_band_rate()
    {
        // 30% down → band A 12.9%, + 1 point over 48 months; 400,000 over 60 months = 9,286.58.
        var loan = (await _plugin.SimulateCreditAsync(40_000m, 171_428.58m, 571_428.58m, 60)).AssertOk();

        Assert.Equal("A", loan.RiskBand);
        Assert.Equal(13.9m, loan.AnnualRatePercent);
        Assert.Equal(9_286.58m, loan.MonthlyPaymentMxn);
    }

    [Fact]
    public async Task Smallest_down_payment_gets_band_C() =>
        Assert.Equal("C", (await _plugin.SimulateCreditAsync(50_000m, 30_000m, 300_000m, 36)).AssertOk().RiskBand);

    [Fact]
    public async Task Payment_above_35_percent_of_income_is_refused_with_the_down_payment_that_would_qualify()
    {
        var error = (await _plugin.SimulateCreditAsync(15_000m, 60_000m, 300_000m, 48)).AssertError(ToolErrorCodes.NotEligible);

        Assert.Contains("35%", error.Message);
        Assert.Contains("down payment of at least", error.Message);
    }

    [Fact]
    public async Task Down_payment_below_10_percent_is_refused() =>
        (await _plugin.SimulateCreditAsync(50_000m, 29_999m, 300_000m, 36)).AssertError(ToolErrorCodes.NotEligible);

    [Theory]
    [InlineData(50_000, 5_000, 40_000, 24)]
    [InlineData(200_000, 300_000, 2_000_000, 24)]
    public async Task Financed_amount_outside_the_limits_is_refused(double income, double down, double price, int term) =>
        (await _plugin.SimulateCreditAsync((decimal)income, (decimal)down, (decimal)price, term)).AssertError(ToolErrorCodes.NotEligible);

    [Theory]
    [InlineData(0, 60_000, 300_000, 48)]
    [InlineData(-1, 60_000, 300_000, 48)]
    [InlineData(30_000, -1, 300_000, 48)]
    [InlineData(30_000, 60_000, 0, 48)]
    [InlineData(30_000, 300_000, 300_000, 48)]
    [InlineData(30_000, 60_000, 300_000, 11)]
    [InlineData(30_000, 60_000, 300_000, 73)]
    public async Task Impossible_numbers_are_invalid_arguments(double income, double down, double price, int term) =>
        (await _plugin.SimulateCreditAsync((decimal)income, (decimal)down, (decimal)price, term)).AssertError(ToolErrorCodes.InvalidArgument);
}
