using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AgentSupport.Agent.Tests.Fakes;

/// <summary>
/// A minimal OpenAI-compatible chat completions server on 127.0.0.1 for tests: it answers
/// POST /v1/chat/completions (Azure's <c>/openai/v1/</c> and Gemini's <c>/v1beta/openai/</c> paths too) from a script
/// of <see cref="FakeReply"/>s (JSON or SSE streaming, text, tool calls, HTTP errors with Retry-After) and records every
/// request it received.
/// </summary>
public sealed class FakeOpenAIServer : ScriptedServer
{
    // The wire format requires a creation time; nothing reads it, so a fixed one keeps every answer independent of the clock.
    private const long Created = 1_767_225_600; // 2026-01-01T00:00:00Z

    private int _ids;

    private FakeOpenAIServer()
    {
    }

    /// <summary>The base URL an OpenAI client is configured with, e.g. <c>http://127.0.0.1:5123/v1/</c>; <see cref="ScriptedServer.Root"/> is an Azure OpenAI endpoint.</summary>
    public Uri BaseUrl => new(Root, "v1/");

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var server = new FakeOpenAIServer();
        await server.ListenAsync(app =>
        {
            app.MapPost("/v1/chat/completions", server.HandleAsync);
            // Azure OpenAI's v1 API path, for the AzureOpenAI provider.
            app.MapPost("/openai/v1/chat/completions", server.HandleAsync);
            // Gemini's OpenAI-compatible endpoint (Ollama's is the /v1/ one above).
            app.MapPost("/v1beta/openai/chat/completions", server.HandleAsync);
        });
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var (request, reply) = await ReceiveAsync(context);
        while (reply is FakeReply.ComputedReply or FakeReply.DelayedReply)
        {
            if (reply is FakeReply.DelayedReply delayed)
            {
                await Task.Delay(delayed.Delay, context.RequestAborted);
                reply = delayed.Then;
            }
            else
            {
                reply = ((FakeReply.ComputedReply)reply).Respond(request);
            }
        }

        var model = request.Model ?? "fake-model";
        switch (reply)
        {
            case FakeReply.StatusReply status:
                context.Response.StatusCode = status.StatusCode;
                if (status.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context.Response.WriteAsJsonAsync(new { error = new { message = $"Fake error {status.StatusCode}", type = "server_error" } });
                return;
            case FakeReply.MalformedReply when request.Stream:
                context.Response.ContentType = "text/event-stream";
                await context.Response.WriteAsync("data: {\"id\":\"chatcmpl-x\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hol\n\n", Encoding.UTF8);
                return;
            case FakeReply.MalformedReply:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"id\":\"chatcmpl-x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hol", Encoding.UTF8);
                return;
            case FakeReply.StallingReply stalling:
                context.Response.ContentType = "text/event-stream";
                foreach (var (delta, finishReason) in TextChunks(new FakeReply.TextReply(stalling.Content, 8, TimeSpan.Zero)).Take(stalling.Chunks + 1))
                {
                    await WriteEventAsync(context, Chunk("chatcmpl-stall", model, delta, finishReason));
                }

                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return;
            case FakeReply.TextReply text when request.Stream:
                await StreamAsync(context, model, TextChunks(text), text.Pause);
                return;
            case FakeReply.ToolCallsReply calls when request.Stream:
                await StreamAsync(context, model, ToolCallChunks(calls), TimeSpan.Zero);
                return;
            case FakeReply.TextReply text:
                await context.Response.WriteAsJsonAsync(Completion(model, new { role = "assistant", content = text.Content }, "stop"));
                return;
            case FakeReply.ToolCallsReply calls:
                var toolCalls = calls.Calls.Select(call => new
                {
                    id = NextCallId(),
                    type = "function",
                    function = new { name = call.Name, arguments = call.ArgumentsJson },
                }).ToList();
                await context.Response.WriteAsJsonAsync(Completion(model, new { role = "assistant", content = (string?)null, tool_calls = toolCalls }, "tool_calls"));
                return;
            default:
                throw new InvalidOperationException($"Unknown reply {reply}");
        }
    }

    private IEnumerable<(object Delta, string? FinishReason)> TextChunks(FakeReply.TextReply text)
    {
        yield return (new { role = "assistant", content = "" }, null);
        for (var start = 0; start < text.Content.Length; start += text.ChunkLength)
        {
            yield return (new { content = text.Content.Substring(start, Math.Min(text.ChunkLength, text.Content.Length - start)) }, null);
        }

        yield return (new { }, "stop");
    }

    private IEnumerable<(object Delta, string? FinishReason)> ToolCallChunks(FakeReply.ToolCallsReply calls)
    {
        yield return (new { role = "assistant", content = (string?)null }, null);
        for (var index = 0; index < calls.Calls.Count; index++)
        {
            var (name, arguments) = calls.Calls[index];
            yield return (new { tool_calls = new[] { new { index, id = NextCallId(), type = "function", function = new { name, arguments = "" } } } }, null);
            // Arguments arrive in pieces, as real servers send them.
            var half = arguments.Length / 2;
            foreach (var piece in new[] { arguments[..half], arguments[half..] })
            {
                yield return (new { tool_calls = new[] { new { index, function = new { arguments = piece } } } }, null);
            }
        }

        yield return (new { }, "tool_calls");
    }

    private async Task StreamAsync(HttpContext context, string model, IEnumerable<(object Delta, string? FinishReason)> chunks, TimeSpan pause = default)
    {
        context.Response.ContentType = "text/event-stream";
        var id = $"chatcmpl-{Interlocked.Increment(ref _ids)}";
        var first = true;
        foreach (var (delta, finishReason) in chunks)
        {
            // A model writing token by token: the first chunk comes at once, each later one after the pause.
            if (!first && pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, context.RequestAborted);
            }

            first = false;
            await WriteEventAsync(context, Chunk(id, model, delta, finishReason));
        }

        await WriteEventAsync(context, new
        {
            id,
            @object = "chat.completion.chunk",
            created = Created,
            model,
            choices = Array.Empty<object>(),
            usage = Usage(),
        });
        await context.Response.WriteAsync("data: [DONE]\n\n", Encoding.UTF8);
    }

    private static object Chunk(string id, string model, object delta, string? finishReason) => new
    {
        id,
        @object = "chat.completion.chunk",
        created = Created,
        model,
        choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
    };

    private static async Task WriteEventAsync(HttpContext context, object payload)
    {
        await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(payload)}\n\n", Encoding.UTF8);
        await context.Response.Body.FlushAsync();
    }

    private object Completion(string model, object message, string finishReason) => new
    {
        id = $"chatcmpl-{Interlocked.Increment(ref _ids)}",
        @object = "chat.completion",
        created = Created,
        model,
        choices = new[] { new { index = 0, message, finish_reason = finishReason } },
        usage = Usage(),
    };

    private static object Usage() => new { prompt_tokens = 11, completion_tokens = 7, total_tokens = 18 };

    private string NextCallId() => $"call_{Interlocked.Increment(ref _ids)}";
}
