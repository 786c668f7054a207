using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.Support;
using AgentSupport.Plugins.Tickets;
using Moq;

namespace AgentSupport.Agent.Tests.OpenAIPath;

public sealed class OpenAIEscalationTests : FakeServerTests
{
    [Fact]
    public async Task A_model_that_keeps_failing_tools_without_escalating_is_escalated_by_the_agent()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer().WithWorkingTickets();
        Server.Enqueue(
            FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "NOP-000-A" })),
            FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "NOP-000-B" })));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(escalateAfterFailedTools: 2)), "¿Y mi pago?", customer.Services());

        Assert.Equal(["get_payout_status", "get_payout_status", "escalate_to_human"], turn.ToolCalls.Select(c => c.Function));
        Assert.True(turn.Completed.Escalated);
        // The second failure reaches the limit: the model is not asked again, the agent hands over.
        Assert.Equal(2, Server.Requests.Count);
        Assert.StartsWith("No pude completar esto", turn.Completed.Text);
        Assert.Equal(turn.Completed.Text, turn.StreamedText);
        customer.Tickets.Verify(t => t.OpenEscalatedAsync(customer.Id, It.IsAny<TicketRequest>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
