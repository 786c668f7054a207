using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Offers;

public sealed class OfferIn24PluginTests
{
    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    private OfferIn24Plugin Ana => Scenario.Plugin<OfferIn24Plugin>(_sandbox, Scenario.Ana);

    [Fact]
    public async Task Quotes_the_customers_own_car_with_a_24_hour_expiry()
    {
        var quote = (await Ana.QuoteOfferForMyCarAsync("jta 518 b", "fair")).AssertOk();

        Assert.Equal("JTA-518-B", quote.Plate);
        Assert.Equal(CarCondition.Fair, quote.Condition);
        Assert.Equal("customer", quote.ConditionSource);
        Assert.Equal(122_000m, quote.AmountMxn);
        Assert.Equal(Scenario.Now.AddHours(24), quote.ExpiresAt);
        var made = Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.OfferMade));
        Assert.Equal(quote.OfferId, made.Reference);
    }

    [Fact]
    public async Task Uses_the_inspection_grade_over_the_customers_word()
    {
        var sandbox = new InMemorySandbox(SandboxScenario.Default with
        {
            Customers =
            [
                new SandboxCustomer
                {
                    Id = Scenario.Ana,
                    DisplayName = "Ana",
                    Cars = [new OwnedCar("MZD-320-A", "Mazda", "3", 2020, 45_000)],
                    Inspections = SandboxScenario.Default.Customers[0].Inspections,
                },
            ],
        });
        var plugin = Scenario.Plugin<OfferIn24Plugin>(sandbox, Scenario.Ana);

        var quote = (await plugin.QuoteOfferForMyCarAsync("MZD-320-A", "excellent")).AssertOk();

        Assert.Equal(CarCondition.Good, quote.Condition);
        Assert.Equal("inspection", quote.ConditionSource);
    }

    [Fact]
    public async Task Asks_for_the_condition_of_an_uninspected_car() =>
        (await Ana.QuoteOfferForMyCarAsync("JTA-518-B")).AssertError(ToolErrorCodes.InvalidArgument);

    [Fact]
    public async Task Quotes_a_described_car_understanding_spanish_conditions()
    {
        var quote = (await Ana.QuoteOfferForDescribedCarAsync("Nissan", "Versa", 2021, 60_000, "buen estado")).AssertOk();

        Assert.Null(quote.Plate);
        Assert.Equal(CarCondition.Good, quote.Condition);
        Assert.True(quote.AmountMxn > 0);
    }

    [Theory]
    [InlineData("Nissan", "Versa", 2021, 60_000, "shiny", ToolErrorCodes.InvalidArgument)]
    [InlineData("Nissan", "Versa", 2021, -5, "good", ToolErrorCodes.InvalidArgument)]
    [InlineData("", "Versa", 2021, 60_000, "good", ToolErrorCodes.InvalidArgument)]
    [InlineData("Nissan", "Tsuru", 2005, 200_000, "fair", ToolErrorCodes.NotEligible)]
    public async Task Described_car_with_bad_input_gets_an_error_record(string make, string model, int year, int km, string condition, string code) =>
        (await Ana.QuoteOfferForDescribedCarAsync(make, model, year, km, condition)).AssertError(code);

    [Fact]
    public async Task Unknown_plate_is_not_found() =>
        (await Ana.QuoteOfferForMyCarAsync("ZZZ-999-Z", "good")).AssertError(ToolErrorCodes.NotFound);

    [Fact]
    public async Task Offer_is_active_then_expired_after_24_hours()
    {
        var quote = (await Ana.QuoteOfferForMyCarAsync("JTA-518-B", "good")).AssertOk();

        _sandbox.Clock.Advance(TimeSpan.FromHours(23.5));
        var before = (await Ana.GetOfferStatusAsync(quote.OfferId)).AssertOk();
        _sandbox.Clock.Advance(TimeSpan.FromHours(0.5));
        var after = (await Ana.GetOfferStatusAsync(quote.OfferId)).AssertOk();

        Assert.Equal(OfferState.Active, before.State);
        Assert.Equal(0.5, before.HoursLeft);
        Assert.Equal(OfferState.Expired, after.State);
        Assert.Equal(0, after.HoursLeft);
    }

    [Fact]
    public async Task Status_without_an_id_is_the_latest_offer()
    {
        var quote = (await Ana.QuoteOfferForMyCarAsync("COR-721-C", "excellent")).AssertOk();

        var status = (await Ana.GetOfferStatusAsync()).AssertOk();

        Assert.Equal(quote.OfferId, status.OfferId);
    }

    [Fact]
    public async Task Accepts_an_active_offer_once()
    {
        var quote = (await Ana.QuoteOfferForMyCarAsync("JTA-518-B", "good")).AssertOk();
        _sandbox.Clock.Advance(TimeSpan.FromHours(2));

        var accepted = (await Ana.AcceptOfferAsync(quote.OfferId)).AssertOk();
        var again = await Ana.AcceptOfferAsync(quote.OfferId);

        Assert.Equal(OfferState.Accepted, accepted.State);
        Assert.Equal(Scenario.Now.AddHours(2), accepted.AcceptedAt);
        again.AssertError(ToolErrorCodes.Conflict);
        Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.OfferAccepted));
    }

    [Fact]
    public async Task Accepting_an_expired_offer_fails_and_changes_nothing()
    {
        var quote = (await Ana.QuoteOfferForMyCarAsync("JTA-518-B", "good")).AssertOk();
        _sandbox.Clock.Advance(TimeSpan.FromHours(24));

        var error = (await Ana.AcceptOfferAsync(quote.OfferId)).AssertError(ToolErrorCodes.Expired);

        Assert.Contains("new", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.OfferAccepted));
        Assert.Null(_sandbox.Snapshot().Customer(Scenario.Ana).Offers.Single(o => o.Id == quote.OfferId).AcceptedAt);
    }

    [Fact]
    public async Task The_fixtures_expired_offer_cannot_be_accepted() =>
        (await Ana.AcceptOfferAsync("OF-0902")).AssertError(ToolErrorCodes.Expired);
}
