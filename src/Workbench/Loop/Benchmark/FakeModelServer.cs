using System.Collections.Concurrent;
using System.Diagnostics;
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
/// (with <c>Retry-After: 0</c>), a 500, a stream that stalls or one cut short (<see cref="ModelFault"/>), and the others are answered by <see cref="FakeModelSettings.Model"/> (the
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
    private long _stalled;
    private long _cut;
    private readonly ConcurrentDictionary<long, SeedTally> _bySeed = new();

    private FakeModelServer(WebApplication app, FakeModelSettings settings)
    {
        _app = app;
        _settings = settings;
        _faults = new FaultSchedule(settings.FaultRate, settings.Seed, settings.Faults);
    }

    /// <summary>The base URL an OpenAI client is configured with, e.g. <c>http://127.0.0.1:5123/v1/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What the server received and answered so far.</summary>
    public FakeModelCounts Counts => new(
        Interlocked.Read(ref _calls), Interlocked.Read(ref _served), Interlocked.Read(ref _throttled), Interlocked.Read(ref _serverErrors),
        Interlocked.Read(ref _stalled), Interlocked.Read(ref _cut));

    /// <summary>
    /// The chat calls that carried <paramref name="seed"/>: how many, how many failed, the time spent answering them
    /// (from each request's arrival to its last byte or the client giving up) and the client's waits before asking a
    /// failed call again. The agent sends a seed per conversation, so a client that waits for each turn can tell how
    /// much of the turn was the model's.
    /// </summary>
    public FakeModelSeedUsage UsageOf(long seed)
    {
        var tally = _bySeed.GetValueOrDefault(seed);
        return tally is null ? new FakeModelSeedUsage(TimeSpan.Zero, 0, 0, TimeSpan.Zero) : tally.Snapshot();
    }

    /// <summary>
    /// <see cref="UsageOf"/> once no call that carried <paramref name="seed"/> is still open, or after
    /// <paramref name="timeout"/>. A client that gives up on a stalled stream has moved on before this server sees the
    /// connection close and tallies the call; waiting for that counts the call's time with the turn that made it, not
    /// the next one.
    /// </summary>
    public async Task<FakeModelSeedUsage> SettledUsageOfAsync(long seed, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (_bySeed.GetValueOrDefault(seed) is { } tally)
        {
            try
            {
                await tally.SettledAsync().WaitAsync(timeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                // A call still open after the timeout is counted when it ends, with whatever turn is then measured.
            }
        }

        return UsageOf(seed);
    }

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
        var started = Stopwatch.GetTimestamp();
        var call = Interlocked.Increment(ref _calls);
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var request = ChatCompletionsWire.Read(body.RootElement);
        var tally = request.Options.Seed is { } seed ? _bySeed.GetOrAdd(seed, _ => new SeedTally()) : null;
        var messages = request.Messages.Count;
        tally?.Arrived(messages, started);
        var fault = _faults.FaultFor(call);
        try
        {
            await AnswerAsync(context, call, fault, request);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (a stall it timed out, or a turn it cancelled): nothing is left to answer.
        }
        finally
        {
            tally?.Answered(messages, started, Stopwatch.GetTimestamp(), fault is not null);
        }
    }

    private async Task AnswerAsync(HttpContext context, long call, ModelFault? fault, ChatCompletionsWire.Request request)
    {
        await Task.Delay(_settings.Latency, context.RequestAborted);
        if (fault is ModelFault.Throttled or ModelFault.ServerError)
        {
            var throttled = fault == ModelFault.Throttled;
            Interlocked.Increment(ref throttled ? ref _throttled : ref _serverErrors);
            context.Response.StatusCode = throttled ? StatusCodes.Status429TooManyRequests : StatusCodes.Status500InternalServerError;
            if (throttled)
            {
                context.Response.Headers.RetryAfter = "0";
            }

            await context.Response.WriteAsJsonAsync(new { error = new { message = $"Injected fault on call {call}", type = throttled ? "rate_limit_exceeded" : "server_error" } });
            return;
        }

        var response = await _settings.Model.GetResponseAsync(request.Messages, SimulatorPromptHints.Restore(request.Messages, request.Options), context.RequestAborted);
        var message = response.Messages[^1];
        var usage = response.Usage ?? EstimatedUsage(request.Messages, message);
        var id = $"chatcmpl-{call.ToString(CultureInfo.InvariantCulture)}";
        var model = request.Model.Length > 0 ? request.Model : "agentsupport-bench";
        if (fault is null)
        {
            Interlocked.Increment(ref _served);
        }

        if (!request.Stream && fault is null)
        {
            await context.Response.WriteAsJsonAsync(ChatCompletionsWire.Completion(id, model, message, usage), WireJson, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var chunks = ChatCompletionsWire.Chunks(id, model, message, usage).ToList();
        // A broken stream gets as far as its first chunk, so the client has started reading a reply when it breaks.
        foreach (var chunk in fault is null ? chunks : chunks.Take(1))
        {
            await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk, WireJson)}\n\n", Encoding.UTF8, context.RequestAborted);
        }

        switch (fault)
        {
            case ModelFault.Stall:
                Interlocked.Increment(ref _stalled);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
                return;
            case ModelFault.CutStream:
                Interlocked.Increment(ref _cut);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
                return;
            default:
                await context.Response.WriteAsync("data: [DONE]\n\n", Encoding.UTF8, context.RequestAborted);
                return;
        }
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

    /// <summary>
    /// A seed's calls. A call that carries as many messages as the failed call before it is that call asked again (a
    /// new turn or the answer after a tool adds messages), so the pause between them is the client's retry wait.
    /// </summary>
    private sealed class SeedTally
    {
        private readonly Lock _lock = new();
        private long _ticks;
        private long _retryWaitTicks;
        private long _calls;
        private long _faults;
        private (int Messages, long At)? _lastFault;
        private int _open;
        private TaskCompletionSource? _settled;

        /// <summary>Completes when no call of the seed is open.</summary>
        public Task SettledAsync()
        {
            lock (_lock)
            {
                if (_open == 0) return Task.CompletedTask;
                _settled ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _settled.Task;
            }
        }

        public void Arrived(int messages, long at)
        {
            lock (_lock)
            {
                _open++;
                if (_lastFault is { } fault && fault.Messages == messages)
                {
                    _retryWaitTicks += Math.Max(0, at - fault.At);
                }

                _lastFault = null;
            }
        }

        public void Answered(int messages, long started, long ended, bool faulted)
        {
            lock (_lock)
            {
                _ticks += ended - started;
                _calls++;
                if (faulted)
                {
                    _faults++;
                    _lastFault = (messages, ended);
                }

                if (--_open == 0)
                {
                    _settled?.SetResult();
                    _settled = null;
                }
            }
        }

        public FakeModelSeedUsage Snapshot()
        {
            lock (_lock)
            {
                return new(Stopwatch.GetElapsedTime(0, _ticks), _calls, _faults, Stopwatch.GetElapsedTime(0, _retryWaitTicks));
            }
        }
    }
}
