using System.Diagnostics.Metrics;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Telemetry;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.Support;

namespace AgentSupport.Agent.Tests.OpenAIPath;

/// <summary>
/// The counters of one turn: the turn by outcome, its failed tool call by plugin and function, its tokens by role and
/// type. Other tests run turns at the same time, so only measurements made inside this test's own turn are kept.
/// </summary>
public sealed class TurnMetricsTests : FakeServerTests
{
    private static readonly AsyncLocal<bool> InThisTest = new();

    [Fact]
    public async Task A_turn_with_a_failed_tool_call_counts_the_turn_the_failure_and_the_tokens()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.RawToolCalls(("PayoutTracker_get_payout_status", "{\"plate\": ")), FakeReply.Text("No pude revisarlo."));
        var measurements = new List<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AgentSupportTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (InThisTest.Value)
            {
                lock (measurements)
                {
                    measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value)));
                }
            }
        });
        listener.Start();

        InThisTest.Value = true;
        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(escalateAfterFailedTools: 3)), "¿Y mi pago?", customer.Services());
        InThisTest.Value = false;

        Assert.Null(turn.Failed);
        var turns = Assert.Single(measurements, m => m.Instrument == "agentsupport.turns");
        Assert.Equal((1L, "completed"), (turns.Value, turns.Tags[AgentSupportTelemetry.OutcomeTag]));
        var failure = Assert.Single(measurements, m => m.Instrument == "agentsupport.tool_calls.failed");
        Assert.Equal(("PayoutTracker", "get_payout_status"), (failure.Tags[AgentSupportTelemetry.PluginTag], failure.Tags[AgentSupportTelemetry.FunctionTag]));
        var tokens = measurements.Where(m => m.Instrument == "agentsupport.tokens").ToDictionary(m => m.Tags[AgentSupportTelemetry.TokenTypeTag]!, m => (m.Value, m.Tags[AgentSupportTelemetry.RoleTag]));
        Assert.Equal((22L, ModelRoles.Agent), tokens["input"]);
        Assert.Equal((14L, ModelRoles.Agent), tokens["output"]);
    }
}
