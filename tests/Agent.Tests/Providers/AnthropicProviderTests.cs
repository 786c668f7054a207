using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.OpenAIPath;
using AgentSupport.Agent.Tests.Support;
using Moq;

namespace AgentSupport.Agent.Tests.Providers;

/// <summary>The agent on Anthropic's Messages API through the official SDK, against a fake of the API on 127.0.0.1.</summary>
public sealed class AnthropicProviderTests : IAsyncLifetime
{
    private FakeAnthropicServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAnthropicServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_reply_streams_in_pieces_with_its_tokens_and_the_request_carries_key_model_and_system_prompt()
    {
        await using var host = Host();
        var customer = new TestCustomer();
        const string answer = "Hola, con gusto reviso tu pago hoy mismo.";
        _server.Enqueue(FakeReply.Text(answer));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());

        Assert.Null(turn.Failed);
        Assert.Equal(answer, turn.Completed.Text);
        Assert.True(turn.Events.OfType<TextDelta>().Count() > 1, "the answer arrives in several pieces");
        Assert.Equal(answer, turn.StreamedText);
        Assert.Equal(new TokenUsage(FakeAnthropicServer.InputTokens, FakeAnthropicServer.OutputTokens), turn.Completed.Usage);
        Assert.Equal((ModelProvider.Anthropic, "claude-test"), (host.Models.Provider, host.Models.ModelId));
        var request = _server.Requests.Single();
        Assert.Equal("/v1/messages", request.Path);
        Assert.Equal("claude-test", request.Model);
        Assert.True(request.Stream);
        Assert.Equal("Bearer anthropic-key", request.Headers["authorization"]);
        Assert.True(request.Headers.ContainsKey("anthropic-version"));
        // The rendered prompt goes in the API's own system field, not among the messages.
        Assert.StartsWith("Eres el asistente de AgentSupport", SystemText(request), StringComparison.Ordinal);
        Assert.DoesNotContain(request.Messages, message => message.GetProperty("role").GetString() == "system");
        Assert.Equal("user", request.Messages[^1].GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_tool_use_runs_the_plugin_and_its_result_goes_back_as_a_tool_result()
    {
        await using var host = Host();
        var customer = new TestCustomer();
        customer.Payouts.Setup(p => p.ListPayoutsAsync(customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([OpenAIToolCallTests.TransferredPayout("ABC123D")]);
        _server.Enqueue(
            FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "ABC-123-D" })),
            FakeReply.From(request => FakeReply.Text(ToolResults(request).Any(result => result.Contains("SPEI-778899", StringComparison.Ordinal)) ? "Listo: SPEI-778899." : "Sin datos.")));

        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "¿Cuándo me pagan por mi auto ABC-123-D?", customer.Services());

        Assert.Null(turn.Failed);
        Assert.Equal("Listo: SPEI-778899.", turn.Completed.Text);
        var call = Assert.Single(turn.ToolCalls);
        Assert.Equal(("PayoutTracker", "get_payout_status", true), (call.Plugin, call.Function, call.Succeeded));
        Assert.Contains("ABC-123-D", call.ArgumentsJson);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains("PayoutTracker_get_payout_status", _server.Requests[0].Body.GetProperty("tools").EnumerateArray().Select(tool => tool.GetProperty("name").GetString()));
        var toolUse = _server.Requests[1].Messages[^2].GetProperty("content").EnumerateArray().Single(block => block.GetProperty("type").GetString() == "tool_use");
        Assert.Equal("PayoutTracker_get_payout_status", toolUse.GetProperty("name").GetString());
        Assert.Equal(new TokenUsage(2 * FakeAnthropicServer.InputTokens, 2 * FakeAnthropicServer.OutputTokens), turn.Completed.Usage);
    }

    [Fact]
    public async Task Anthropic_without_a_model_name_is_refused_with_the_setting_to_fix()
    {
        await using var host = AgentTestHost.FromSettings(new Dictionary<string, string?> { ["Model:Provider"] = "Anthropic", ["Model:ApiKey"] = "k" });

        var error = Assert.Throws<InvalidOperationException>(() => host.Models);

        Assert.Contains("Model:ModelId", error.Message);
    }

    private AgentTestHost Host() => AgentTestHost.FromSettings(new Dictionary<string, string?>
    {
        ["Model:Provider"] = "Anthropic",
        ["Model:ApiKey"] = "anthropic-key",
        ["Model:BaseUrl"] = _server.Root.ToString(),
        ["Model:ModelId"] = "claude-test",
        ["Model:MaxRetries"] = "0",
    });

    private static string SystemText(FakeRequest request) => request.Body.GetProperty("system") switch
    {
        { ValueKind: System.Text.Json.JsonValueKind.String } text => text.GetString()!,
        var blocks => string.Concat(blocks.EnumerateArray().Select(block => block.GetProperty("text").GetString())),
    };

    private static IEnumerable<string> ToolResults(FakeRequest request) =>
        request.Messages.SelectMany(message => message.GetProperty("content") is { ValueKind: System.Text.Json.JsonValueKind.Array } blocks ? blocks.EnumerateArray() : [])
            .Where(block => block.GetProperty("type").GetString() == "tool_result")
            .Select(block => block.GetProperty("content").GetRawText());
}
