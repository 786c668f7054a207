using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>
/// Reads an OpenAI chat completions request body into Microsoft.Extensions.AI messages and options, and writes a
/// <see cref="ChatResponse"/> back as a completion (JSON) or as its server-sent event chunks when the request streams.
/// Only what the AgentSupport roles send is read: text, tool calls and their results, offered tools and the seed.
/// </summary>
internal static class ChatCompletionsWire
{
    private static readonly JsonElement NoParameters = JsonSerializer.SerializeToElement(new Dictionary<string, object>());

    public sealed record Request(IReadOnlyList<ChatMessage> Messages, ChatOptions Options, bool Stream, string Model);

    public static Request Read(JsonElement body)
    {
        var messages = new List<ChatMessage>();
        if (body.TryGetProperty("messages", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                messages.Add(ReadMessage(item));
            }
        }

        var options = new ChatOptions();
        if (body.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array)
        {
            options.Tools = tools.EnumerateArray()
                .Select(tool => tool.GetProperty("function"))
                .Select(function => (AITool)AIFunctionFactory.CreateDeclaration(
                    function.GetProperty("name").GetString()!,
                    function.TryGetProperty("description", out var description) ? description.GetString() : null,
                    function.TryGetProperty("parameters", out var parameters) ? parameters.Clone() : NoParameters))
                .ToList();
        }

        if (body.TryGetProperty("seed", out var seed) && seed.ValueKind == JsonValueKind.Number)
        {
            options.Seed = seed.GetInt64();
        }

        var stream = body.TryGetProperty("stream", out var streamFlag) && streamFlag.ValueKind == JsonValueKind.True;
        var model = body.TryGetProperty("model", out var modelName) ? modelName.GetString() ?? "" : "";
        return new Request(messages, options, stream, model);
    }

    /// <summary>A whole completion: the assistant message, its finish reason and token usage.</summary>
    public static object Completion(string id, string model, ChatMessage message, UsageDetails usage) => new
    {
        id,
        @object = "chat.completion",
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        model,
        choices = new[]
        {
            new
            {
                index = 0,
                message = new { role = "assistant", content = ToolCalls(message).Count > 0 ? null : message.Text, tool_calls = ToolCallsOrNull(message) },
                finish_reason = FinishReason(message),
            },
        },
        usage = Usage(usage),
    };

    /// <summary>
    /// The streamed form: a role chunk, the text or the tool calls (each call's name first, its arguments after, as
    /// real servers send them), a finish chunk and a usage chunk; the caller ends the stream with <c>[DONE]</c>.
    /// </summary>
    public static IEnumerable<object> Chunks(string id, string model, ChatMessage message, UsageDetails usage)
    {
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        object Chunk(object delta, string? finishReason) => new
        {
            id,
            @object = "chat.completion.chunk",
            created,
            model,
            choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
        };

        yield return Chunk(new { role = "assistant", content = "" }, null);
        var calls = ToolCalls(message);
        for (var index = 0; index < calls.Count; index++)
        {
            var call = calls[index];
            yield return Chunk(new { tool_calls = new[] { new { index, id = call.CallId, type = "function", function = new { name = call.Name, arguments = "" } } } }, null);
            yield return Chunk(new { tool_calls = new[] { new { index, function = new { arguments = Arguments(call) } } } }, null);
        }

        if (calls.Count == 0 && message.Text.Length > 0)
        {
            yield return Chunk(new { content = message.Text }, null);
        }

        yield return Chunk(new { }, FinishReason(message));
        yield return new
        {
            id,
            @object = "chat.completion.chunk",
            created,
            model,
            choices = Array.Empty<object>(),
            usage = Usage(usage),
        };
    }

    private static ChatMessage ReadMessage(JsonElement item)
    {
        var role = item.GetProperty("role").GetString();
        var text = item.TryGetProperty("content", out var content) ? Text(content) : "";
        switch (role)
        {
            case "system" or "developer":
                return new ChatMessage(ChatRole.System, text);
            case "user":
                return new ChatMessage(ChatRole.User, text);
            case "tool":
                return new ChatMessage(ChatRole.Tool, [new FunctionResultContent(item.GetProperty("tool_call_id").GetString()!, text)]);
            case "assistant":
                var contents = new List<AIContent>();
                if (text.Length > 0)
                {
                    contents.Add(new TextContent(text));
                }

                if (item.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
                {
                    contents.AddRange(calls.EnumerateArray().Select(call => new FunctionCallContent(
                        call.GetProperty("id").GetString()!,
                        call.GetProperty("function").GetProperty("name").GetString()!,
                        ReadArguments(call.GetProperty("function").GetProperty("arguments").GetString()))));
                }

                return new ChatMessage(ChatRole.Assistant, contents);
            default:
                throw new JsonException($"Unknown message role '{role}'.");
        }
    }

    private static Dictionary<string, object?> ReadArguments(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value.Clone(), StringComparer.Ordinal);
    }

    private static string Text(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString()!,
        JsonValueKind.Array => string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var text) ? text.GetString() : "")),
        _ => "",
    };

    private static List<FunctionCallContent> ToolCalls(ChatMessage message) => message.Contents.OfType<FunctionCallContent>().ToList();

    private static object[]? ToolCallsOrNull(ChatMessage message) => ToolCalls(message) is { Count: > 0 } calls
        ? calls.Select(call => (object)new { id = call.CallId, type = "function", function = new { name = call.Name, arguments = Arguments(call) } }).ToArray()
        : null;

    private static string Arguments(FunctionCallContent call) => JsonSerializer.Serialize(call.Arguments ?? new Dictionary<string, object?>());

    private static string FinishReason(ChatMessage message) => ToolCalls(message).Count > 0 ? "tool_calls" : "stop";

    private static object Usage(UsageDetails usage)
    {
        var (input, output) = (usage.InputTokenCount ?? 0, usage.OutputTokenCount ?? 0);
        return new { prompt_tokens = input, completion_tokens = output, total_tokens = input + output };
    }
}
