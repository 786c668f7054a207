using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.Support;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Tests.OpenAIPath;

public sealed class OpenAIStreamingTests : FakeServerTests
{
    [Fact]
    public async Task Reply_arrives_as_several_deltas_that_add_up_to_the_completed_text()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        const string reply = "Hola Ana, con gusto reviso el estado de tu inspección.";
        Server.Enqueue(FakeReply.Text(reply, chunkLength: 5));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        var deltas = turn.Events.OfType<TextDelta>().ToList();
        Assert.True(deltas.Count >= reply.Length / 5, $"expected many deltas, got {deltas.Count}");
        Assert.Equal(reply, turn.StreamedText);
        Assert.Equal(reply, turn.Completed.Text);
        Assert.IsType<TurnCompleted>(turn.Events[^1]);
        Assert.True(Server.Requests.Single().Stream);
    }

    [Fact]
    public async Task Token_usage_reported_by_the_provider_is_summed_over_the_turn()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.ToolCalls(("CreditPrequalification_simulate_credit", new { })), FakeReply.Text("Listo"));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Quiero un crédito", customer.Services());

        Assert.Equal(new TokenUsage(22, 14), turn.Completed.Usage);
    }

    [Fact]
    public async Task Plain_chat_client_answers_without_streaming()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        Server.Enqueue(FakeReply.Text("{\"resolved\": true}"));

        var response = await host.ChatClient.GetResponseAsync([new ChatMessage(ChatRole.User, "Judge this")]);

        Assert.Equal("{\"resolved\": true}", response.Text);
        Assert.False(Server.Requests.Single().Stream);
        Assert.Equal(18, response.Usage?.TotalTokenCount);
    }
}
