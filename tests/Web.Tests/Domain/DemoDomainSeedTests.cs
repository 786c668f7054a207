using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSupport.Plugins;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Web.Data;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace AgentSupport.Web.Tests.Domain;

/// <summary>
/// After the demo seed, every catalog plugin, called through a kernel over the EF ports, answers Ok
/// with real data for both demo customers.
/// </summary>
public abstract class DemoDomainSeedTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    /// <summary>Customer, plugin, and a path into the plugin's Value with what it must hold ("*": anything).</summary>
    public static TheoryData<string, string, string, string> Expectations { get; } = new()
    {
        { "maria", "OfferIn24", "State", "active" },
        { "maria", "InspectionStatus", "Inspections.0.Stage", "scheduled" },
        { "maria", "PayoutTracker", "Payouts.0.Stage", "pending_documents" },
        { "maria", "InspectionRescheduler", "FreeSlots.0.Times.0", "*" },
        { "maria", "CreditPrequalification", "RiskBand", "B" },
        { "maria", "WarrantyCoverage", "Decision.Covered", "false" },
        { "maria", "DocumentsKyc", "Deals.0.Missing.0.Kind", "proof_of_address" },
        { "maria", "Scheduling", "FreeSlots.0.Times.0", "*" },
        { "maria", "Tickets", "Status", "open" },
        { "john", "OfferIn24", "State", "expired" },
        { "john", "InspectionStatus", "Inspections.0.Stage", "scheduled" },
        { "john", "PayoutTracker", "Payouts.0.Stage", "transferred" },
        { "john", "InspectionRescheduler", "FreeSlots.0.Times.0", "*" },
        { "john", "CreditPrequalification", "RiskBand", "B" },
        { "john", "WarrantyCoverage", "Decision.Covered", "true" },
        { "john", "DocumentsKyc", "Deals.0.Kind", "purchase" },
        { "john", "Scheduling", "FreeSlots.0.Times.0", "*" },
        { "john", "Tickets", "Status", "open" },
    };

    [Fact]
    public void The_expectations_cover_every_catalog_plugin_for_both_customers()
    {
        foreach (var customer in new[] { "maria", "john" })
        {
            var covered = Expectations.Where(row => (string)row[0] == customer).Select(row => (string)row[1]).Order();
            Assert.Equal(PluginCatalog.Names.Order(), covered);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Expectations))]
    public async Task Every_plugin_answers_ok_for_each_demo_customer(string customer, string plugin, string path, string expected)
    {
        RequireDatabase();
        var account = customer == "maria" ? DemoSeeder.Maria : DemoSeeder.John;
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == account.Email);
        // The demo is dated from the app's clock, so its ports read the same one.
        await using var services = DomainTestData.Ports(db, new CustomerContext(user.Id, user.DisplayName, Guid.NewGuid().ToString()), App.Services.GetRequiredService<TimeProvider>());
        var kernel = new Kernel(services);
        kernel.Plugins.AddEnabled(PluginCatalog.Names, services);

        var (function, arguments) = await CallAsync(plugin, customer, user.Id, services);
        var result = await kernel.InvokeAsync(plugin, function, arguments);

        var json = JsonSerializer.SerializeToNode(result.GetValue<object>())!;
        Assert.True(json["Ok"]!.GetValue<bool>(), $"{plugin}.{function} for {customer}: {json.ToJsonString()}");
        var found = Navigate(json["Value"], path);
        Assert.True(found is not null, $"{path} missing in {json.ToJsonString()}");
        if (expected != "*")
        {
            Assert.Equal(expected, found.ToString());
        }
    }

    private static async Task<(string Function, KernelArguments Arguments)> CallAsync(string plugin, string customer, Guid userId, IServiceProvider ports) => plugin switch
    {
        "OfferIn24" => ("get_offer_status", []),
        "InspectionStatus" => ("get_inspection_status", []),
        "PayoutTracker" => ("get_payout_status", []),
        "InspectionRescheduler" => ("list_inspection_slots", new()
        {
            ["plate"] = (await ports.GetRequiredService<IInspectionService>().ListInspectionsAsync(userId, default)).Single(i => i.Stage == InspectionStage.Scheduled).Plate,
        }),
        "CreditPrequalification" => ("simulate_credit", new() { ["monthlyIncome"] = 45_000m, ["downPayment"] = 120_000m, ["carPrice"] = 420_000m, ["termMonths"] = 36 }),
        "WarrantyCoverage" => ("check_warranty_coverage", new()
        {
            ["component"] = customer == "maria" ? "falla eléctrica" : "electrical",
            ["currentKm"] = (await ports.GetRequiredService<IWarrantyService>().ListWarrantiesAsync(userId, default)).Single().KmAtPurchase + 7_000,
        }),
        "DocumentsKyc" => ("list_missing_documents", []),
        "Scheduling" => ("list_available_slots", new() { ["appointmentType"] = "visit", ["hub"] = customer == "maria" ? "Santa Fe" : "Monterrey" }),
        "Tickets" => ("create_ticket", new() { ["subject"] = "Demo check", ["description"] = "Opened by the demo seed test.", ["category"] = "other" }),
        _ => throw new ArgumentOutOfRangeException(nameof(plugin), plugin, "No call defined for this plugin."),
    };

    private static JsonNode? Navigate(JsonNode? node, string path)
    {
        foreach (var step in path.Split('.'))
        {
            node = node switch
            {
                JsonArray array when int.TryParse(step, out var index) => index < array.Count ? array[index] : null,
                JsonObject obj => obj[step],
                _ => null,
            };
        }

        return node;
    }
}

public sealed class DemoDomainSeedSqliteTests(SqliteAppFixture app) : DemoDomainSeedTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class DemoDomainSeedPostgresTests(PostgresAppFixture app) : DemoDomainSeedTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
