using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.Support;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Tests.OpenAIPath;

public sealed class OpenAIResilienceTests : FakeServerTests
{
    [Fact]
    public async Task Too_many_requests_with_retry_after_is_retried_after_the_server_asked_delay()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 2);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Status(429, retryAfterSeconds: 1), FakeReply.Text("Hola de nuevo"));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        Assert.Null(turn.Failed);
        Assert.Equal("Hola de nuevo", turn.Completed.Text);
        Assert.Equal(2, Server.Requests.Count);
        // The configured base delay is 10 ms; waiting one second can only come from the Retry-After header.
        var retry = Assert.Single(host.Logs.Entries, entry => entry.Values.ContainsKey("Delay"));
        Assert.Equal(TimeSpan.FromSeconds(1), retry.Values["Delay"]);
        Assert.Equal("HTTP 429", retry.Values["Outcome"]);
    }

    [Fact]
    public async Task Server_errors_until_the_retry_budget_ends_give_a_customer_message_and_no_exception()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 2);
        var customer = new TestCustomer();
        Server.Fallback = FakeReply.Status(500);

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(), language: "es"), "¿Dónde está mi pago?", customer.Services());

        var failed = turn.Failed!;
        Assert.Empty(turn.Events.OfType<TurnCompleted>());
        Assert.Contains("no pudo terminar de responderte", failed.CustomerMessage);
        Assert.Contains("500", failed.Reason);
        Assert.Equal(3, Server.Requests.Count);
        Assert.Equal(2, host.Logs.Entries.Count(entry => entry.Values.ContainsKey("Delay")));
    }

    [Fact]
    public async Task Failure_message_follows_the_conversation_language()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 0);
        var customer = new TestCustomer();
        Server.Fallback = FakeReply.Status(503);

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(), language: "en"), "Where is my payment?", customer.Services());

        Assert.Contains("could not finish answering you", turn.Failed!.CustomerMessage);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_turn_that_outlasts_its_timeout_fails_with_the_customer_message()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, turnTimeout: TimeSpan.FromMilliseconds(300));
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Delayed(TimeSpan.FromSeconds(20), FakeReply.Text("too late")));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        Assert.Contains("no pudo terminar de responderte", turn.Failed!.CustomerMessage);
        Assert.Contains("did not finish", turn.Failed.Reason);
        Assert.Empty(turn.Events.OfType<TurnCompleted>());
    }

    [Fact]
    public async Task Caller_cancellation_ends_the_stream_with_operation_canceled()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Delayed(TimeSpan.FromSeconds(20), FakeReply.Text("too late")));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in host.Agent.RunTurnAsync(customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services(), cancellation.Token))
            {
            }
        });
    }

    [Fact]
    public async Task Plain_chat_client_shares_the_retries()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 1);
        Server.Enqueue(FakeReply.Status(502), FakeReply.Text("ok"));

        var response = await host.ChatClient.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, Server.Requests.Count);
    }
}
