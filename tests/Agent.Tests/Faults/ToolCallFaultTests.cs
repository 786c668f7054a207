using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.OpenAIPath;
using AgentSupport.Agent.Tests.Support;
using Moq;

namespace AgentSupport.Agent.Tests.Faults;

/// <summary>Calls the model gets wrong are failed calls it can read and correct, and they count toward the hand-over as they happen.</summary>
public sealed class ToolCallFaultTests : FakeServerTests
{
    private static FakeReply EchoToolResult() => FakeReply.From(request => FakeReply.Text(request.ToolResults[^1]));

    [Fact]
    public async Task Truncated_argument_json_does_not_run_the_tool_and_the_model_is_told_why()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.RawToolCalls(("PayoutTracker_get_payout_status", "{\"plate\": \"PZN-904-E\"")), EchoToolResult());

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(escalateAfterFailedTools: 3)), "¿Y mi pago?", customer.Services());

        var call = Assert.Single(turn.ToolCalls);
        Assert.Equal(("PayoutTracker", "get_payout_status", false), (call.Plugin, call.Function, call.Succeeded));
        Assert.Contains("not one complete JSON object", call.ResultJson);
        Assert.Equal(call.ResultJson, turn.Completed.Text);
        customer.Payouts.Verify(p => p.ListPayoutsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task An_unknown_function_is_a_recorded_failed_call_and_the_model_learns_what_it_can_call()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.ToolCalls(("PayoutTracker_get_payment", new { plate = "PZN-904-E" })), EchoToolResult());

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(["PayoutTracker"], escalateAfterFailedTools: 3)), "¿Y mi pago?", customer.Services());

        var call = Assert.Single(turn.ToolCalls);
        Assert.Equal(("PayoutTracker", "get_payment", false), (call.Plugin, call.Function, call.Succeeded));
        Assert.Contains("PZN-904-E", call.ArgumentsJson);
        var told = Server.Requests[1].ToolResults.Single();
        Assert.Contains("There is no function named PayoutTracker_get_payment", told);
        Assert.Contains("PayoutTracker_get_payout_status", told);
        Assert.Equal([new ToolCallStarted("PayoutTracker", "get_payment")], turn.Events.OfType<ToolCallStarted>());
    }

    [Fact]
    public async Task An_unknown_function_counts_toward_the_hand_over()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer().WithWorkingTickets();
        Server.Enqueue(FakeReply.ToolCalls(("Payouts_lookup", new { })));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(escalateAfterFailedTools: 1)), "¿Y mi pago?", customer.Services());

        Assert.Equal(["lookup", "escalate_to_human"], turn.ToolCalls.Select(c => c.Function));
        Assert.True(turn.Completed.Escalated);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_missing_parameter_is_named_to_the_model_without_internals()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer().WithWorkingTickets();
        Server.Enqueue(FakeReply.ToolCalls(("Tickets_create_ticket", new { description = "Mi pago no llega" })), EchoToolResult());

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(escalateAfterFailedTools: 3)), "Abre un ticket", customer.Services());

        var told = Server.Requests[1].ToolResults.Single();
        Assert.True(told.Contains("The parameter 'subject' of create_ticket is missing", StringComparison.Ordinal), told);
        Assert.DoesNotContain("Exception", told);
        Assert.DoesNotContain("Function failed", told);
        Assert.False(Assert.Single(turn.ToolCalls).Succeeded);
        customer.Tickets.Verify(t => t.CreateTicketAsync(It.IsAny<Guid>(), It.IsAny<AgentSupport.Plugins.Tickets.TicketRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_plugin_error_reaches_the_model_as_the_plugin_wrote_it()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "12" })), EchoToolResult());

        await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(escalateAfterFailedTools: 3)), "¿Y mi pago?", customer.Services());

        var told = Server.Requests[1].ToolResults.Single();
        Assert.Contains("invalid_argument", told);
        Assert.Contains("plate", told);
    }

    [Fact]
    public async Task Failed_calls_hand_the_conversation_over_as_soon_as_the_limit_is_reached()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer().WithWorkingTickets();
        Server.Enqueue(FakeReply.ToolCalls(
            ("PayoutTracker_get_payout_status", new { plate = "NOP-000-A" }),
            ("PayoutTracker_get_payout_status", new { plate = "NOP-000-B" }),
            ("PayoutTracker_get_payout_status", new { plate = "NOP-000-C" }),
            ("PayoutTracker_get_payout_status", new { plate = "NOP-000-D" }),
            ("PayoutTracker_get_payout_status", new { plate = "NOP-000-E" })));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(escalateAfterFailedTools: 2)), "¿Y mi pago?", customer.Services());

        Assert.Equal(["get_payout_status", "get_payout_status", "escalate_to_human"], turn.ToolCalls.Select(c => c.Function));
        Assert.True(turn.Completed.Escalated);
        Assert.Single(Server.Requests);
        Assert.StartsWith("No pude completar esto con mis herramientas", turn.Completed.Text);
    }
}
