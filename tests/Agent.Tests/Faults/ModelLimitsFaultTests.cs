using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.OpenAIPath;
using AgentSupport.Agent.Tests.Support;

namespace AgentSupport.Agent.Tests.Faults;

/// <summary>What a turn costs and carries: its output cap, the history it resends, its tool schemas and the tokens it used.</summary>
public sealed class ModelLimitsFaultTests : FakeServerTests
{
    [Fact]
    public async Task The_output_cap_comes_from_the_prompts_front_matter_else_from_configuration()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, settings: new Dictionary<string, string?> { ["Agent:MaxOutputTokens"] = "700" });
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Text("Hola"), FakeReply.Text("Hola"));

        await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(maxOutputTokens: 350)), "Hola", customer.Services());
        await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        Assert.Equal([350, 700], Server.Requests.Select(MaxTokens));
    }

    [Fact]
    public async Task History_beyond_the_token_budget_is_left_out_oldest_first_starting_at_a_customer_turn()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, settings: new Dictionary<string, string?> { ["Agent:HistoryTokenBudget"] = "120" });
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Text("Claro"));
        var history = Enumerable.Range(1, 10)
            .SelectMany(i => new[] { ChatTurn.FromUser($"pregunta {i} " + new string('x', 80)), ChatTurn.FromAssistant($"respuesta {i} " + new string('y', 80)) })
            .ToList();

        await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(maxTurns: 30), history: history), "¿Y entonces?", customer.Services());

        var messages = Server.Requests.Single().Messages;
        var roles = messages.Select(m => m.GetProperty("role").GetString()).ToList();
        Assert.Equal("system", roles[0]);
        Assert.Equal("user", roles[1]);
        Assert.InRange(messages.Count, 3, 8);
        Assert.StartsWith("pregunta 10", messages[^3].GetProperty("content").GetString());
        Assert.Equal("¿Y entonces?", messages[^1].GetProperty("content").GetString());
    }

    [Fact]
    public async Task Tool_schema_size_is_measured_and_shrinks_with_the_enabled_plugins()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Text("Hola"), FakeReply.Text("Hola"));

        var all = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());
        var few = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(["Tickets"])), "Hola", customer.Services());

        var sent = Server.Requests[0].Body.GetProperty("tools").GetRawText().Length;
        // The wire adds a few fields per function (strict, type markers); the measure counts names, descriptions and parameter schemas.
        Assert.InRange(all.Completed.ToolSchemaBytes, sent * 0.85, sent * 1.0);
        Assert.True(few.Completed.ToolSchemaBytes < all.Completed.ToolSchemaBytes / 3);
    }

    [Fact]
    public async Task Token_usage_of_every_model_call_of_a_turn_is_summed()
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl);
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "ABC-123-D" })), FakeReply.Text("Listo"));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent(escalateAfterFailedTools: 3)), "¿Y mi pago?", customer.Services());

        Assert.Equal(new TokenUsage(22, 14), turn.Completed.Usage);
    }

    private static int MaxTokens(FakeRequest request) =>
        (request.Body.TryGetProperty("max_completion_tokens", out var value) || request.Body.TryGetProperty("max_tokens", out value)) ? value.GetInt32() : -1;
}
