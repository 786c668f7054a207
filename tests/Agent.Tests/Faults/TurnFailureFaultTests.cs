using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.OpenAIPath;
using AgentSupport.Agent.Tests.Support;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Tickets;
using Microsoft.Extensions.AI;
using Moq;

namespace AgentSupport.Agent.Tests.Faults;

/// <summary>A turn whose model fails still tells the truth: what its tools did stays recorded and is told, and a person follows up only when one was handed the case.</summary>
public sealed class TurnFailureFaultTests : FakeServerTests
{
    private static readonly object NewTicket = new { subject = "Pago atrasado", description = "El pago de la Versa no llega.", category = "payout" };

    [Fact]
    public async Task A_ticket_opened_before_the_model_failed_is_recorded_told_and_the_case_handed_over_once()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 0);
        var customer = new TestCustomer().WithWorkingTickets();
        Server.Enqueue(FakeReply.ToolCalls(("Tickets_create_ticket", NewTicket)));
        Server.Fallback = FakeReply.Status(500);

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Abre un ticket por mi pago", customer.Services());

        var failed = turn.Failed!;
        Assert.Empty(turn.Events.OfType<TurnCompleted>());
        Assert.Equal(["create_ticket", "escalate_to_human"], failed.ToolCalls.Select(c => c.Function));
        Assert.All(failed.ToolCalls, call => Assert.True(call.Succeeded));
        Assert.True(failed.Escalated);
        Assert.Contains("abrí un ticket (TK-1001)", failed.CustomerMessage);
        Assert.Contains("Pasé tu caso a una persona de nuestro equipo (ticket TK-1002)", failed.CustomerMessage);
        Assert.Contains("500", failed.Reason);
        Assert.Equal(failed.ToolCalls, turn.Events.OfType<ToolCallCompleted>().Select(e => e.Call));
        customer.Tickets.Verify(t => t.OpenEscalatedAsync(customer.Id, It.IsAny<TicketRequest>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_conversation_already_with_a_person_is_not_escalated_again_and_says_so()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 0);
        var customer = new TestCustomer().WithWorkingTickets();
        Server.Fallback = FakeReply.Status(503);
        var handOver = new ToolCallRecord("Tickets", "escalate_to_human", "{}", "{\"ok\":true,\"value\":{\"ticketNumber\":\"TK-1001\"}}", true, TimeSpan.Zero);
        ChatTurn[] history = [ChatTurn.FromUser("Quiero una persona"), ChatTurn.FromAssistant("Te paso con una persona.", [handOver])];

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(), history: history, language: "en"), "Hello?", customer.Services());

        Assert.Empty(turn.Failed!.ToolCalls);
        Assert.True(turn.Failed.Escalated);
        Assert.Contains("already with a person from our team", turn.Failed.CustomerMessage);
        customer.Tickets.Verify(t => t.CreateTicketAsync(It.IsAny<Guid>(), It.IsAny<TicketRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task When_nobody_could_be_handed_the_case_the_customer_is_not_promised_a_person()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 0);
        var customer = new TestCustomer();
        customer.Tickets.Setup(t => t.RecentTicketsAsync(customer.Id, It.IsAny<string?>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException("database down"));
        Server.Fallback = FakeReply.Status(500);

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "¿Y mi pago?", customer.Services());

        var failed = turn.Failed!;
        Assert.False(failed.Escalated);
        var escalation = Assert.Single(failed.ToolCalls);
        Assert.False(escalation.Succeeded);
        Assert.DoesNotContain("persona", failed.CustomerMessage);
        Assert.Contains("intenta de nuevo en unos minutos", failed.CustomerMessage);
        Assert.Contains("Tu mensaje quedó guardado", failed.CustomerMessage);
    }

    [Fact]
    public async Task A_stream_that_stalls_after_its_first_chunk_ends_at_the_idle_timeout_not_the_turn_timeout()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 0, turnTimeout: TimeSpan.FromMinutes(5),
            settings: new Dictionary<string, string?> { ["Model:StreamIdleTimeout"] = "00:00:02" });
        var customer = new TestCustomer().WithWorkingTickets();
        Server.Enqueue(FakeReply.Stalling("Hola, estoy revisando tu caso", chunks: 1));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        Assert.Equal("Hola, es", turn.StreamedText);
        Assert.Contains("sent nothing for 00:00:02", turn.Failed!.Reason);
        Assert.DoesNotContain("did not finish", turn.Failed.Reason);
    }

    [Fact]
    public async Task The_wait_a_throttled_call_is_told_to_make_before_its_retry_is_not_silence_in_a_stream()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 1,
            settings: new Dictionary<string, string?> { ["Model:StreamIdleTimeout"] = "00:00:01" });
        Server.Enqueue(FakeReply.Status(429, retryAfterSeconds: 2), FakeReply.Text("Hola de nuevo"));

        var customer = new TestCustomer();

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        Assert.Null(turn.Failed);
        Assert.Equal("Hola de nuevo", turn.Completed.Text);
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task A_reply_that_takes_longer_than_the_idle_timeout_to_start_is_the_attempt_timeouts_to_judge()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 0,
            settings: new Dictionary<string, string?> { ["Model:StreamIdleTimeout"] = "00:00:01" });
        Server.Enqueue(FakeReply.Delayed(TimeSpan.FromSeconds(2), FakeReply.Text("Hola, ya revisé tu caso")));

        var customer = new TestCustomer();

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        Assert.Null(turn.Failed);
        Assert.Equal("Hola, ya revisé tu caso", turn.Completed.Text);
    }

    [Fact]
    public async Task A_streamed_reply_that_is_not_valid_json_is_asked_again_like_a_server_error()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 1);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Malformed(), FakeReply.Text("Hola de nuevo"));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        Assert.Null(turn.Failed);
        Assert.Equal("Hola de nuevo", turn.Completed.Text);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Contains(host.Logs.Entries, entry => entry.Values.TryGetValue("Outcome", out var outcome) && $"{outcome}".StartsWith("malformed JSON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_whole_reply_that_is_not_valid_json_is_asked_again_and_fails_clearly_when_it_stays_broken()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, maxRetries: 1);
        Server.Enqueue(FakeReply.Malformed(), FakeReply.Text("ok"));

        var response = await host.ChatClient.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("ok", response.Text);
        Server.Enqueue(FakeReply.Malformed(), FakeReply.Malformed());
        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => host.ChatClient.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));
        Assert.Equal(4, Server.Requests.Count);
    }
}
