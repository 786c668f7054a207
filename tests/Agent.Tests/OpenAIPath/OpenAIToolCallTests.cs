using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.Support;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Payouts;
using Moq;

namespace AgentSupport.Agent.Tests.OpenAIPath;

public sealed class OpenAIToolCallTests : FakeServerTests
{
    [Fact]
    public async Task Model_asks_for_a_function_the_plugin_runs_and_the_model_answers_with_its_result()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        customer.Payouts.Setup(p => p.ListPayoutsAsync(customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([TransferredPayout("ABC123D")]);
        Server.Enqueue(
            FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "ABC-123-D" })),
            FakeReply.From(request => FakeReply.Text($"Listo: {(request.ToolResults.Single().Contains("SPEI-778899") ? "referencia SPEI-778899" : "sin datos")}.")));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "¿Cuándo me pagan por mi auto ABC-123-D?", customer.Services());

        Assert.Null(turn.Failed);
        Assert.Equal("Listo: referencia SPEI-778899.", turn.Completed.Text);
        var call = Assert.Single(turn.ToolCalls);
        Assert.Equal(("PayoutTracker", "get_payout_status", true), (call.Plugin, call.Function, call.Succeeded));
        Assert.Contains("ABC-123-D", call.ArgumentsJson);
        Assert.Contains("SPEI-778899", call.ResultJson);
        customer.Payouts.Verify(p => p.ListPayoutsAsync(customer.Id, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Contains("PayoutTracker_get_payout_status", Server.Requests[0].ToolNames);
        Assert.Equal([new ToolCallStarted("PayoutTracker", "get_payout_status")], turn.Events.OfType<ToolCallStarted>());
        Assert.Equal(call, Assert.Single(turn.Events.OfType<ToolCallCompleted>()).Call);
    }

    [Fact]
    public async Task Offline_hints_and_customer_data_in_them_never_reach_the_provider()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Text("Hola"));

        await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        var body = Server.Requests.Single().Body.GetRawText();
        Assert.DoesNotContain("agentsupport_", body);
        Assert.Equal("Bearer test-key", Server.Requests.Single().Headers["authorization"]);
        Assert.Equal("fake-model", Server.Requests.Single().Model);
    }

    [Fact]
    public async Task Only_the_tools_the_prompt_enables_are_offered_to_the_model()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Text("Hola"));

        await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(["OfferIn24", "Tickets"])), "Hola", customer.Services());

        var tools = Server.Requests.Single().ToolNames;
        Assert.Contains("OfferIn24_quote_offer_for_my_car", tools);
        Assert.Contains("Tickets_escalate_to_human", tools);
        Assert.DoesNotContain(tools, name => name.StartsWith("PayoutTracker_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Earlier_tool_calls_are_replayed_to_the_model_as_calls_and_results()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Text("De nada"));
        var earlier = new ToolCallRecord("PayoutTracker", "get_payout_status", "{\"plate\":\"ABC123D\"}", "{\"ok\":true,\"value\":{\"reference\":\"SPEI-1\"}}", true, TimeSpan.FromMilliseconds(3));
        ChatTurn[] history = [ChatTurn.FromUser("¿Y mi pago?"), ChatTurn.FromAssistant("Ya se transfirió, referencia SPEI-1.", [earlier])];

        await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(), history: history), "Gracias", customer.Services());

        var messages = Server.Requests.Single().Messages;
        Assert.Equal(["system", "user", "assistant", "tool", "assistant", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal("PayoutTracker_get_payout_status", messages[2].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString());
        Assert.Contains("SPEI-1", Server.Requests.Single().ToolResults.Single());
    }

    internal static Payout TransferredPayout(string plate) =>
        new("PO-1", plate, 185_000m, PayoutStage.Transferred, TestCustomer.Now.AddDays(-5), TestCustomer.Now.AddDays(-3), TestCustomer.Now.AddDays(-1), "SPEI-778899", "4321");
}
