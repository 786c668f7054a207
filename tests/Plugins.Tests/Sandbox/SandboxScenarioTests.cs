using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Sandbox;

public sealed class SandboxScenarioTests
{
    private const string Minimal = """
        {
          "now": "2025-06-02T09:00:00-06:00",
          "hubs": [
            { "id": "h1", "name": "Hub 1", "city": "CDMX", "address": "Somewhere 1",
              "appointment_hours": { "days": ["monday"], "opens": "09:00:00", "closes": "12:00:00", "slot_minutes": 60 },
              "inspection_hours": { "days": ["monday"], "opens": "09:00:00", "closes": "12:00:00", "slot_minutes": 60 } }
          ],
          "customers": [ { "id": "11111111-1111-4111-8111-111111111111", "display_name": "Ana" } ]
        }
        """;

    [Fact]
    public void The_default_scenario_has_two_customers_and_three_hubs()
    {
        var scenario = SandboxScenario.Default;

        Assert.Equal([Scenario.Ana, Scenario.Bruno], scenario.Customers.Select(c => c.Id));
        Assert.Equal(3, scenario.Hubs.Count);
        Assert.Equal(Scenario.Now, scenario.Now);
    }

    [Fact]
    public void Lists_left_out_of_a_fixture_are_empty()
    {
        var customer = Assert.Single(SandboxScenario.Parse(Minimal).Customers);

        Assert.Empty(customer.Cars);
        Assert.Empty(customer.Tickets);
    }

    [Fact]
    public void Round_trips_through_json()
    {
        var again = SandboxScenario.Parse(SandboxScenario.Default.ToJson());

        Assert.Equal(SandboxScenario.Default.Customers.Sum(c => c.Inspections.Count), again.Customers.Sum(c => c.Inspections.Count));
        Assert.Equal(SandboxScenario.Default.Customers[1].Payouts[0], again.Customers[1].Payouts[0]);
        Assert.Contains("\"bank_account_last4\": \"4821\"", again.ToJson());
    }

    [Fact]
    public void Malformed_json_is_reported_with_line_and_column()
    {
        var broken = Minimal.Replace("\"city\": \"CDMX\",", "\"city\": \"CDMX\"", StringComparison.Ordinal);

        var error = Assert.Throws<SandboxScenarioException>(() => SandboxScenario.Parse(broken, "broken.json"));

        Assert.StartsWith("broken.json: line 4, column", error.Message);
    }

    [Fact]
    public void An_unknown_field_is_reported()
    {
        var typo = Minimal.Replace("\"display_name\"", "\"displayname\"", StringComparison.Ordinal);

        var error = Assert.Throws<SandboxScenarioException>(() => SandboxScenario.Parse(typo));

        Assert.Contains("displayname", error.Message);
    }

    [Fact]
    public void A_missing_required_field_is_reported()
    {
        var missing = Minimal.Replace("\"closes\": \"12:00:00\", \"slot_minutes\": 60 } }", "\"closes\": \"12:00:00\" } }", StringComparison.Ordinal);

        var error = Assert.Throws<SandboxScenarioException>(() => SandboxScenario.Parse(missing));

        Assert.Contains("slot_minutes", error.Message);
    }

    [Fact]
    public void Inconsistent_data_is_reported_with_its_path()
    {
        var json = Minimal.Replace(
            "\"display_name\": \"Ana\" }",
            "\"display_name\": \"Ana\", \"inspections\": [ { \"id\": \"I1\", \"plate\": \"ABC123D\", \"hub_id\": \"nowhere\", \"scheduled_at\": \"2025-06-02T10:00:00-06:00\", \"stage\": \"scheduled\", \"findings\": [] } ] }",
            StringComparison.Ordinal);

        var error = Assert.Throws<SandboxScenarioException>(() => SandboxScenario.Parse(json));

        Assert.Contains("customers[0].inspections[0].hub_id: unknown hub 'nowhere'", error.Message);
    }

    [Fact]
    public void Opening_hours_that_offer_no_slot_are_reported()
    {
        const string Hours = "\"opens\": \"09:00:00\", \"closes\": \"12:00:00\"";
        var at = Minimal.IndexOf(Hours, StringComparison.Ordinal);
        var json = string.Concat(Minimal.AsSpan(0, at), "\"opens\": \"12:00:00\", \"closes\": \"09:00:00\"", Minimal.AsSpan(at + Hours.Length));

        var error = Assert.Throws<SandboxScenarioException>(() => SandboxScenario.Parse(json));

        Assert.Contains("hubs[0].appointment_hours", error.Message);
    }

    [Fact]
    public void Loads_a_fixture_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"agentsupport-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Minimal);
        try
        {
            Assert.Single(SandboxScenario.Load(path).Hubs);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
