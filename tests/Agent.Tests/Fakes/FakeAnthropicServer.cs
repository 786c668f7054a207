using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AgentSupport.Agent.Tests.Fakes;

/// <summary>
/// A minimal Anthropic Messages API on 127.0.0.1 for tests: POST /v1/messages answered from a script of
/// <see cref="FakeReply"/>s (text, tool calls, HTTP errors), as one JSON message or as the API's server-sent events
/// (<c>message_start</c>, content blocks with text or tool input deltas, <c>message_delta</c>, <c>message_stop</c>),
/// and every request recorded.
/// </summary>
public sealed class FakeAnthropicServer : ScriptedServer
{
    public const int InputTokens = 13;
    public const int OutputTokens = 5;

    private int _ids;

    private FakeAnthropicServer()
    {
    }

    public static async Task<FakeAnthropicServer> StartAsync()
    {
        var server = new FakeAnthropicServer();
        await server.ListenAsync(app => app.MapPost("/v1/messages", server.HandleAsync));
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var (request, reply) = await ReceiveAsync(context);
        while (reply is FakeReply.ComputedReply computed)
        {
            reply = computed.Respond(request);
        }

        var id = $"msg_{Interlocked.Increment(ref _ids)}";
        var model = request.Model ?? "claude-fake";
        var (blocks, stopReason) = reply switch
        {
            FakeReply.TextReply text => (new[] { Block.OfText(text.Content) }, "end_turn"),
            FakeReply.ToolCallsReply calls => (calls.Calls.Select(call => Block.OfToolUse($"toolu_{Interlocked.Increment(ref _ids)}", call.Name, call.ArgumentsJson)).ToArray(), "tool_use"),
            FakeReply.StatusReply => (null, null),
            _ => throw new InvalidOperationException($"The fake Anthropic server does not play {reply}."),
        };
        if (blocks is null)
        {
            context.Response.StatusCode = ((FakeReply.StatusReply)reply).StatusCode;
            await context.Response.WriteAsJsonAsync(new { type = "error", error = new { type = "api_error", message = "Fake error" } });
            return;
        }

        if (!request.Stream)
        {
            await context.Response.WriteAsJsonAsync(new
            {
                id, type = "message", role = "assistant", model,
                content = blocks.Select(block => block.Complete()),
                stop_reason = stopReason, stop_sequence = (string?)null,
                usage = new { input_tokens = InputTokens, output_tokens = OutputTokens },
            });
            return;
        }

        context.Response.ContentType = "text/event-stream";
        await WriteEventAsync(context, "message_start", new
        {
            type = "message_start",
            message = new { id, type = "message", role = "assistant", model, content = Array.Empty<object>(), stop_reason = (string?)null, stop_sequence = (string?)null, usage = new { input_tokens = InputTokens, output_tokens = 1 } },
        });
        for (var index = 0; index < blocks.Length; index++)
        {
            await WriteEventAsync(context, "content_block_start", new { type = "content_block_start", index, content_block = blocks[index].Start() });
            foreach (var delta in blocks[index].Deltas())
            {
                await WriteEventAsync(context, "content_block_delta", new { type = "content_block_delta", index, delta });
            }

            await WriteEventAsync(context, "content_block_stop", new { type = "content_block_stop", index });
        }

        await WriteEventAsync(context, "message_delta", new { type = "message_delta", delta = new { stop_reason = stopReason, stop_sequence = (string?)null }, usage = new { output_tokens = OutputTokens } });
        await WriteEventAsync(context, "message_stop", new { type = "message_stop" });
    }

    private static async Task WriteEventAsync(HttpContext context, string name, object payload)
    {
        await context.Response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(payload)}\n\n", Encoding.UTF8);
        await context.Response.Body.FlushAsync();
    }

    /// <summary>One content block of a reply: text, or a tool use whose input arrives as JSON in pieces.</summary>
    private sealed record Block(string? Text, string? ToolUseId, string? Name, string? InputJson)
    {
        private const int TextPiece = 6;

        public static Block OfText(string text) => new(text, null, null, null);

        public static Block OfToolUse(string id, string name, string inputJson) => new(null, id, name, inputJson);

        public object Complete() => Text is not null
            ? new { type = "text", text = Text }
            : new { type = "tool_use", id = ToolUseId, name = Name, input = JsonSerializer.Deserialize<JsonElement>(InputJson!) };

        public object Start() => Text is not null
            ? new { type = "text", text = "" }
            : new { type = "tool_use", id = ToolUseId, name = Name, input = new { } };

        public IEnumerable<object> Deltas()
        {
            if (Text is not null)
            {
                for (var start = 0; start < Text.Length; start += TextPiece)
                {
                    yield return new { type = "text_delta", text = Text.Substring(start, Math.Min(TextPiece, Text.Length - start)) };
                }

                yield break;
            }

            var half = InputJson!.Length / 2;
            yield return new { type = "input_json_delta", partial_json = InputJson[..half] };
            yield return new { type = "input_json_delta", partial_json = InputJson[half..] };
        }
    }
}
