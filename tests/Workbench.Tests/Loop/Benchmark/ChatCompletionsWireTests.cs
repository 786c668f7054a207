using System.Text.Json;
using AgentSupport.Agent.Model;
using AgentSupport.Workbench.Loop.Benchmark;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Tests.Loop.Benchmark;

public sealed class ChatCompletionsWireTests
{
    private const string RequestJson = """
        {
          "model": "m", "stream": true, "seed": 17,
          "messages": [
            { "role": "system", "content": "You are the agent." },
            { "role": "user", "content": [{ "type": "text", "text": "Status of ABC-123?" }] },
            { "role": "assistant", "content": null, "tool_calls": [{ "id": "c1", "type": "function", "function": { "name": "Inspections_get_status", "arguments": "{\"plate\":\"ABC-123\"}" } }] },
            { "role": "tool", "tool_call_id": "c1", "content": "{\"ok\":true}" }
          ],
          "tools": [{ "type": "function", "function": { "name": "Inspections_get_status", "description": "d", "parameters": { "type": "object" } } }]
        }
        """;

    [Fact]
    public void Read_KeepsRolesToolCallsResultsToolsAndSeed()
    {
        using var body = JsonDocument.Parse(RequestJson);

        var request = ChatCompletionsWire.Read(body.RootElement);

        Assert.True(request.Stream);
        Assert.Equal(17, request.Options.Seed);
        Assert.Equal("Inspections_get_status", Assert.Single(request.Options.Tools!).Name);
        Assert.Equal([ChatRole.System, ChatRole.User, ChatRole.Assistant, ChatRole.Tool], request.Messages.Select(m => m.Role));
        Assert.Equal("Status of ABC-123?", request.Messages[1].Text);
        var call = Assert.IsType<FunctionCallContent>(Assert.Single(request.Messages[2].Contents));
        Assert.Equal(("c1", "ABC-123"), (call.CallId, ((JsonElement)call.Arguments!["plate"]!).GetString()));
        var result = Assert.IsType<FunctionResultContent>(Assert.Single(request.Messages[3].Contents));
        Assert.Equal(("c1", "{\"ok\":true}"), (result.CallId, result.Result as string));
    }

    [Fact]
    public void Chunks_OfAToolCall_NameTheCallThenItsArgumentsAndFinishWithToolCalls()
    {
        var message = new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c9", "Payouts_get", new Dictionary<string, object?> { ["id"] = "P-1" })]);

        var chunks = ChatCompletionsWire.Chunks("id", "m", message, new UsageDetails { InputTokenCount = 3, OutputTokenCount = 2 })
            .Select(chunk => JsonSerializer.SerializeToElement(chunk)).ToList();

        var text = string.Join("\n", chunks.Select(c => c.GetRawText()));
        Assert.Contains("\"name\":\"Payouts_get\"", text);
        Assert.Contains("\"arguments\":\"{\\u0022id\\u0022:\\u0022P-1\\u0022}\"", text);
        Assert.Equal("tool_calls", chunks[^2].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal(5, chunks[^1].GetProperty("usage").GetProperty("total_tokens").GetInt64());
    }

    [Fact]
    public void SimulatorHints_ReadGoalPersonaAndLanguageFromTheSimulatorPrompt()
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, "## Who you are\n- Persona: hurried\n\n## Why you are writing\n- Your goal: know the status of ABC-123\n- Language: English, as a customer would write it."),
        };

        var options = SimulatorPromptHints.Restore(messages, new ChatOptions());

        Assert.Equal(ModelRoles.Simulator, ModelHints.GetRole(options));
        var variables = ModelHints.GetVariables(options)!;
        Assert.Equal(("en", "know the status of ABC-123", "hurried"), (variables.Language, variables.Extra["goal"], variables.Extra["persona"]));
    }

    [Fact]
    public void SimulatorHints_LeaveOtherRolesAlone()
    {
        var messages = new List<ChatMessage> { new(ChatRole.System, "Score the conversation; answer csat.") };

        var options = SimulatorPromptHints.Restore(messages, new ChatOptions());

        Assert.Null(ModelHints.GetRole(options));
    }
}
