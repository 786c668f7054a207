using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.Support;
using Moq;

namespace AgentSupport.Agent.Tests.OpenAIPath;

public sealed class OpenAIIdentityTests : FakeServerTests
{
    [Fact]
    public async Task A_model_asking_for_another_customers_plate_gets_not_found()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        var other = Guid.NewGuid();
        customer.Payouts.Setup(p => p.ListPayoutsAsync(customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([OpenAIToolCallTests.TransferredPayout("ABC123D")]);
        customer.Payouts.Setup(p => p.ListPayoutsAsync(other, It.IsAny<CancellationToken>()))
            .ReturnsAsync([OpenAIToolCallTests.TransferredPayout("XYZ999Z")]);
        // The model names the other customer's plate and even smuggles in a customer id.
        Server.Enqueue(
            FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "XYZ-999-Z", customerId = other })),
            FakeReply.Text("No encontré ese pago."));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Dame el pago del auto XYZ-999-Z", customer.Services());

        var call = Assert.Single(turn.ToolCalls);
        Assert.False(call.Succeeded);
        Assert.Contains("not_found", call.ResultJson);
        Assert.DoesNotContain("SPEI", call.ResultJson);
        Assert.Contains("not_found", Server.Requests[1].ToolResults.Single());
        customer.Payouts.Verify(p => p.ListPayoutsAsync(other, It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Services_of_another_customer_than_the_session_are_refused()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        var intruder = new TestCustomer();

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", intruder.Services());

        Assert.Contains("another customer", turn.Failed!.Reason);
        Assert.Empty(Server.Requests);
    }
}
