using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>
/// An OpenAI-compatible chat completions server on 127.0.0.1 that behaves like a slow, unreliable provider: every call
/// (and POST /v1/embeddings) is answered after <see cref="FakeModelSettings.Latency"/>, the calls <see cref="FaultSchedule"/> picks get a 429
/// (with <c>Retry-After: 0</c>) or a 500, and the others are answered by <see cref="FakeModelSettings.Model"/> (the
/// Offline engine, which tells the roles apart from the messages since hints never cross HTTP; the simulated
/// customer's goal is read back from its prompt by <see cref="SimulatorPromptHints"/>).
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions WireJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly WebApplication _app;
    private readonly FakeModelSettings _settings;
    private readonly FaultSchedule _faults;
    private long _calls;
    private long _served;
    private long _throttled;
    private long _serverErrors;

    private FakeModelServer(WebApplication app, FakeModelSettings settings)
    {
        _app = app;
        _settings = settings;
        _faults = new FaultSchedule(settings.FaultRate, settings.Seed);
    }

    /// <summary>The base URL an OpenAI client is configured with, e.g. <c>http://127.0.0.1:5123/v1/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What the server received and answered so far.</summary>
    public FakeModelCounts Counts => new(
        Interlocked.Read(ref _calls), Interlocked.Read(ref _served), Interlocked.Read(ref _throttled), Interlocked.Read(ref _serverErrors));

    /// <summary>Starts listening on a free port of 127.0.0.1.</summary>
    public static async Task<FakeModelServer> StartAsync(FakeModelSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Latency, TimeSpan.Zero);
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeModelServer(app, settings);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/v1/embeddings", server.EmbedAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var call = Interlocked.Increment(ref _calls);
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        await Task.Delay(_settings.Latency, context.RequestAborted);
        if (_faults.StatusFor(call) is { } status)
        {
            Interlocked.Increment(ref status == StatusCodes.Status429TooManyRequests ? ref _throttled : ref _serverErrors);
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status429TooManyRequests)
            {
                context.Response.Headers.RetryAfter = "0";
            }

            await context.Response.WriteAsJsonAsync(new { error = new { message = $"Injected fault on call {call}", type = status == 429 ? "rate_limit_exceeded" : "server_error" } });
            return;
        }

        var request = ChatCompletionsWire.Read(body.RootElement);
        var response = await _settings.Model.GetResponseAsync(request.Messages, SimulatorPromptHints.Restore(request.Messages, request.Options), context.RequestAborted);
        var message = response.Messages[^1];
        var usage = response.Usage ?? EstimatedUsage(request.Messages, message);
        var id = $"chatcmpl-{call.ToString(CultureInfo.InvariantCulture)}";
        var model = request.Model.Length > 0 ? request.Model : "agentsupport-bench";
        Interlocked.Increment(ref _served);
        if (!request.Stream)
        {
            await context.Response.WriteAsJsonAsync(ChatCompletionsWire.Completion(id, model, message, usage), WireJson, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        foreach (var chunk in ChatCompletionsWire.Chunks(id, model, message, usage))
        {
            await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk, WireJson)}\n\n", Encoding.UTF8, context.RequestAborted);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>
    /// Embeddings that carry meaning the way a real model's would, only cruder: a normalised bag of hashed character
    /// trigrams, so texts that share words are near each other. Faults and latency apply as to chat calls.
    /// </summary>
    private async Task EmbedAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        await Task.Delay(_settings.Latency, context.RequestAborted);
        var input = body.RootElement.GetProperty("input");
        var texts = input.ValueKind == JsonValueKind.Array ? input.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [input.GetString() ?? ""];
        Interlocked.Increment(ref _served);
        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            model = body.RootElement.TryGetProperty("model", out var model) ? model.GetString() : "agentsupport-bench",
            data = texts.Select((text, index) => new { @object = "embedding", index, embedding = HashedTrigrams(text) }),
            usage = new { prompt_tokens = texts.Sum(t => t.Length / 4 + 1), total_tokens = texts.Sum(t => t.Length / 4 + 1) },
        }, context.RequestAborted);
    }

    private static float[] HashedTrigrams(string text)
    {
        const int dimensions = 256;
        var vector = new float[dimensions];
        var padded = $" {text.ToLowerInvariant()} ";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            // FNV-1a, stable across processes unlike string.GetHashCode.
            var hash = 2166136261u;
            foreach (var c in padded.AsSpan(i, 3))
            {
                hash = (hash ^ c) * 16777619u;
            }

            vector[hash % dimensions] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : vector.Select(v => v / norm).ToArray();
    }

    // About four characters a token, as for English text with OpenAI's tokenisers; enough for usage figures to add up.
    private static UsageDetails EstimatedUsage(IEnumerable<ChatMessage> prompt, ChatMessage answer)
    {
        var input = prompt.Sum(message => message.Text.Length) / 4 + 1;
        var output = answer.Text.Length / 4 + 1;
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
    }
}
