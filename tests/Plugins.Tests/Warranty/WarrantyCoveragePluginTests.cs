using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Plugins.Tests.Warranty;

public sealed class WarrantyCoveragePluginTests
{
    private static readonly CarWarranty Bought = new("ABC123D", "Toyota", "Corolla", 2021, new DateTimeOffset(2025, 1, 15, 12, 0, 0, MexicoTime.Offset), 30_000);

    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    /// <summary>Months after purchase, km driven since, component → covered.</summary>
    [Theory]
    [InlineData(WarrantyComponent.Engine, 11, 19_000, true)]
    [InlineData(WarrantyComponent.Engine, 35, 59_000, true)]
    [InlineData(WarrantyComponent.Engine, 36, 10_000, false)]
    [InlineData(WarrantyComponent.Engine, 20, 60_001, false)]
    [InlineData(WarrantyComponent.Transmission, 30, 50_000, true)]
    [InlineData(WarrantyComponent.Drivetrain, 30, 61_000, false)]
    [InlineData(WarrantyComponent.Electrical, 11, 20_000, true)]
    [InlineData(WarrantyComponent.Electrical, 12, 5_000, false)]
    [InlineData(WarrantyComponent.Electrical, 6, 20_001, false)]
    [InlineData(WarrantyComponent.AirConditioning, 6, 5_000, true)]
    [InlineData(WarrantyComponent.Brakes, 1, 100, false)]
    [InlineData(WarrantyComponent.Tires, 1, 100, false)]
    [InlineData(WarrantyComponent.Battery, 1, 100, false)]
    [InlineData(WarrantyComponent.Clutch, 1, 100, false)]
    [InlineData(WarrantyComponent.Bodywork, 1, 100, false)]
    public void Coverage_matrix(WarrantyComponent component, int monthsLater, int kmDriven, bool covered)
    {
        var when = Bought.PurchasedAt.AddMonths(monthsLater);

        var decision = WarrantyRules.Decide(Bought, component, Bought.KmAtPurchase + kmDriven, when).AssertOk();

        Assert.Equal(covered, decision.Covered);
        Assert.Equal(kmDriven, decision.KmSincePurchase);
        Assert.Equal(monthsLater, decision.MonthsSincePurchase);
    }

    [Fact]
    public void Last_day_of_coverage_is_still_covered()
    {
        var lastDay = new DateTimeOffset(2026, 1, 14, 23, 0, 0, MexicoTime.Offset);

        var decision = WarrantyRules.Decide(Bought, WarrantyComponent.Electrical, 35_000, lastDay).AssertOk();

        Assert.True(decision.Covered);
        Assert.Equal(new DateOnly(2026, 1, 14), decision.CoverageEndsOn);
        Assert.Equal(50_000, decision.CoverageEndsAtKm);
        Assert.False(WarrantyRules.Decide(Bought, WarrantyComponent.Electrical, 35_000, lastDay.AddHours(1)).AssertOk().Covered);
    }

    [Fact]
    public async Task Spanish_component_names_are_understood()
    {
        var plugin = Scenario.Plugin<WarrantyCoveragePlugin>(_sandbox, Scenario.Ana);

        var coverage = (await plugin.CheckWarrantyCoverageAsync("falla eléctrica en el tablero", 39_500)).AssertOk();

        Assert.Equal("COR-721-C", coverage.Plate);
        Assert.Equal(WarrantyComponent.Electrical, coverage.Decision.Component);
        Assert.Equal(CoveragePlan.Basic, coverage.Decision.Plan);
        Assert.True(coverage.Decision.Covered);
    }

    [Fact]
    public async Task The_starter_motor_is_electrical_not_the_engine()
    {
        var plugin = Scenario.Plugin<WarrantyCoveragePlugin>(_sandbox, Scenario.Ana);

        var coverage = (await plugin.CheckWarrantyCoverageAsync("motor de arranque", 39_500)).AssertOk();

        Assert.Equal(WarrantyComponent.Electrical, coverage.Decision.Component);
    }

    [Fact]
    public async Task Opens_a_claim_for_a_covered_failure()
    {
        var plugin = Scenario.Plugin<WarrantyCoveragePlugin>(_sandbox, Scenario.Bruno);

        var claim = (await plugin.OpenWarrantyClaimAsync("caja de cambios", 52_000, "Jerks when shifting from 2nd to 3rd since last week.", "KCK-222-D")).AssertOk();

        Assert.Equal(WarrantyComponent.Transmission, claim.Component);
        Assert.Equal(CoveragePlan.Powertrain, claim.Plan);
        var stored = Assert.Single(_sandbox.Snapshot().Customer(Scenario.Bruno).Claims);
        Assert.Equal(claim.ClaimNumber, stored.Number);
        Assert.Equal(52_000, stored.Request.OdometerKm);
        Assert.Equal(claim.ClaimNumber, Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.ClaimOpened)).Reference);
    }

    [Fact]
    public async Task Refuses_a_claim_for_an_expired_basic_warranty()
    {
        var plugin = Scenario.Plugin<WarrantyCoveragePlugin>(_sandbox, Scenario.Bruno);

        var error = (await plugin.OpenWarrantyClaimAsync("aire acondicionado", 41_000, "Blows warm air.")).AssertError(ToolErrorCodes.NotEligible);

        Assert.Contains("ended", error.Message);
        Assert.Empty(_sandbox.Snapshot().Customer(Scenario.Bruno).Claims);
    }

    [Fact]
    public async Task Refuses_a_claim_for_a_wear_item()
    {
        var plugin = Scenario.Plugin<WarrantyCoveragePlugin>(_sandbox, Scenario.Ana);

        (await plugin.OpenWarrantyClaimAsync("balatas", 39_500, "Squeal when braking.")).AssertError(ToolErrorCodes.NotEligible);

        Assert.Empty(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.ClaimOpened));
    }

    [Theory]
    [InlineData("flux capacitor", 39_500, "It broke.", ToolErrorCodes.InvalidArgument)]
    [InlineData("engine", 31_000, "It broke.", ToolErrorCodes.InvalidArgument)]
    [InlineData("engine", -1, "It broke.", ToolErrorCodes.InvalidArgument)]
    [InlineData("engine", 39_500, " ", ToolErrorCodes.InvalidArgument)]
    public async Task Bad_claims_get_error_records(string component, int km, string description, string code) =>
        (await Scenario.Plugin<WarrantyCoveragePlugin>(_sandbox, Scenario.Ana).OpenWarrantyClaimAsync(component, km, description)).AssertError(code);

    [Fact]
    public async Task A_car_not_bought_from_us_has_no_warranty() =>
        (await Scenario.Plugin<WarrantyCoveragePlugin>(_sandbox, Scenario.Ana).CheckWarrantyCoverageAsync("engine", 80_000, "JTA-518-B")).AssertError(ToolErrorCodes.NotFound);
}
