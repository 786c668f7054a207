using AgentSupport.Plugins.Catalog;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Tests.Catalog;

public sealed class PluginCatalogTests
{
    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    [Fact]
    public void Names_are_exactly_the_nine_plugins()
    {
        Assert.Equal(
            ["OfferIn24", "InspectionStatus", "PayoutTracker", "InspectionRescheduler", "CreditPrequalification", "WarrantyCoverage", "DocumentsKyc", "Scheduling", "Tickets"],
            PluginCatalog.Entries.Select(e => e.Name));
        Assert.True(PluginCatalog.Names.SetEquals(PluginCatalog.Entries.Select(e => e.Name)));
        Assert.DoesNotContain("offerin24", PluginCatalog.Names);
    }

    [Theory]
    [InlineData("offer_24h", "OfferIn24")]
    [InlineData("status_eval", "InspectionStatus")]
    [InlineData("payment_status", "PayoutTracker")]
    [InlineData("reschedule_inspection", "InspectionRescheduler")]
    [InlineData("credit_prequal", "CreditPrequalification")]
    [InlineData("warranty_claim", "WarrantyCoverage")]
    [InlineData("kyc_docs", "DocumentsKyc")]
    [InlineData("appointment", "Scheduling")]
    public void Each_intent_has_its_plugin(string intent, string plugin) =>
        Assert.Equal(plugin, PluginCatalog.ForIntent(intent)?.Name);

    [Fact]
    public void Registers_only_the_enabled_plugins_in_catalog_order()
    {
        var services = Scenario.Services(_sandbox, Scenario.Ana);
        var kernel = new Kernel(services);

        var added = kernel.Plugins.AddEnabled(["Tickets", "OfferIn24", "Tickets"], services);

        Assert.Equal(["OfferIn24", "Tickets"], added.Select(p => p.Name));
        Assert.Equal(["OfferIn24", "Tickets"], kernel.Plugins.Select(p => p.Name));
    }

    [Fact]
    public void Nothing_enabled_registers_nothing()
    {
        var services = Scenario.Services(_sandbox, Scenario.Ana);
        var kernel = new Kernel(services);

        kernel.Plugins.AddEnabled([], services);

        Assert.Empty(kernel.Plugins);
    }

    [Fact]
    public void Unknown_or_miscased_names_are_rejected_with_the_known_names()
    {
        var services = Scenario.Services(_sandbox, Scenario.Ana);
        var kernel = new Kernel(services);

        var error = Assert.Throws<ArgumentException>(() => kernel.Plugins.AddEnabled(["offerin24", "Weather"], services));

        Assert.Contains("offerin24", error.Message);
        Assert.Contains("Weather", error.Message);
        Assert.Contains("OfferIn24", error.Message);
        Assert.Empty(kernel.Plugins);
    }

    [Fact]
    public async Task A_kernel_builder_registers_the_enabled_plugins()
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddPluginSandbox(_sandbox).AddSingleton(_sandbox.ContextFor(Scenario.Bruno));
        builder.Plugins.AddEnabled(["PayoutTracker", "Scheduling"]);

        var kernel = builder.Build();
        var result = await kernel.InvokeAsync("PayoutTracker", "get_payout_status");

        Assert.Equal(["PayoutTracker", "Scheduling"], kernel.Plugins.Select(p => p.Name).Order());
        Assert.Equal("AVO-118-E", result.GetValue<ToolResult<PayoutStatusReport>>()!.AssertOk().Payouts[0].Plate);
    }

    [Fact]
    public void Every_function_and_parameter_is_described_for_the_model()
    {
        var services = Scenario.Services(_sandbox, Scenario.Ana);
        var kernel = new Kernel(services);
        kernel.Plugins.AddEnabled(PluginCatalog.Names, services);

        var functions = kernel.Plugins.GetFunctionsMetadata();

        Assert.Equal(PluginCatalog.Names.Count, functions.Select(f => f.PluginName).Distinct().Count());
        Assert.All(functions, function =>
        {
            Assert.Matches("^[a-z]+(_[a-z0-9]+)+$", function.Name);
            Assert.True(function.Description.Length >= 40, $"{function.PluginName}.{function.Name} needs a fuller description");
            Assert.All(function.Parameters, parameter =>
                Assert.False(string.IsNullOrWhiteSpace(parameter.Description), $"{function.PluginName}.{function.Name}({parameter.Name}) has no description"));
        });
    }

    [Fact]
    public void Functions_and_signatures_come_from_the_kernel_functions_each_plugin_registers()
    {
        var services = Scenario.Services(_sandbox, Scenario.Ana);
        var kernel = new Kernel(services);
        kernel.Plugins.AddEnabled(PluginCatalog.Names, services);

        foreach (var entry in PluginCatalog.Entries)
        {
            var registered = kernel.Plugins[entry.Name].Select(function => function.Name).Order(StringComparer.Ordinal);
            Assert.Equal(registered, entry.Functions.Order(StringComparer.Ordinal));
        }

        Assert.Equal(["get_payout_status(plate?) -> PayoutStatusReport"], PluginCatalog.Find("PayoutTracker")!.Signatures);
        Assert.Contains("simulate_credit(monthlyIncome, downPayment, carPrice, termMonths) -> CreditSimulation", PluginCatalog.Find("CreditPrequalification")!.Signatures);
    }
}
