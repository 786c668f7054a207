using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Conversations;
using AgentSupport.Workbench.Loop.Benchmark;

namespace AgentSupport.Load;

/// <summary>
/// Customers as a browser drives them, all at once: each signs up, logs in for a token, starts a conversation and
/// sends its messages one after the other, reading each streamed answer to its end before the next.
/// </summary>
public static class CustomerSimulation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How long a turn's figures wait for the fake model to close the calls the app gave up on.</summary>
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(5);

    /// <summary>What customers ask, in turn; a conversation longer than the list starts over with a numbered copy.</summary>
    private static readonly string[] Questions =
    [
        "Hola, buenas tardes",
        "¿Cuándo me depositan el pago de mi auto?",
        "Quiero agendar una inspección para mi coche",
        "¿Qué documentos necesito para vender?",
        "¿Cuál es el horario del centro de inspección?",
        "Mi auto es un Mazda 3 2019",
        "¿Cuánto me ofrecen por él?",
        "¿Puedo cambiar la fecha de la inspección?",
        "Quiero saber el estado de mi trámite",
        "¿Aceptan autos con adeudo de tenencia?",
        "¿Cómo cancelo mi cita?",
        "¿Dónde están sus sucursales?",
        "Tengo una duda con la factura",
        "¿Cuánto tarda la transferencia?",
        "¿Qué pasa si el auto tiene un golpe?",
        "¿Puedo vender un auto que no está a mi nombre?",
        "Necesito hablar de mi oferta",
        "¿Revisan el motor en la inspección?",
        "Perfecto, muchas gracias",
        "Eso es todo, hasta luego",
    ];

    /// <summary>
    /// Signs <paramref name="count"/> customers up and logs each in, all at once: the app's database pool grows to what
    /// that many customers need. Done before the warm-up for the measured customers, so the warm-up warms those
    /// connections too (prepared statements, the server's caches) as a long-running app's are.
    /// </summary>
    public static async Task<SignedUpCustomers> SignUpAsync(LoadHost host, int count, CancellationToken ct = default)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromMinutes(10),
        };
        try
        {
            return new SignedUpCustomers(http, await Task.WhenAll(Enumerable.Range(1, count).Select(n => SignUpAsync(http, n, ct))));
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Each customer starts a conversation and holds it for <see cref="LoadOptions.Turns"/> messages.</summary>
    public static async Task<LoadRun> RunAsync(LoadHost host, SignedUpCustomers customers, LoadOptions options, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gc = GarbageCollections.Now();
        var model = host.Model?.Counts;
        var conversations = await Task.WhenAll(customers.Tokens.Select((token, index) =>
            ConverseAsync(customers.Http, host.Model, token, options.Turns, Pauses(options, index), ct)));
        return new LoadRun(
            conversations, Stopwatch.GetElapsedTime(started), Process.GetCurrentProcess().TotalProcessorTime - cpu, GarbageCollections.Now().Since(gc),
            host.Model?.Counts.Since(model!));
    }

    public static string Question(int turn) =>
        turn <= Questions.Length ? Questions[turn - 1] : $"{Questions[(turn - 1) % Questions.Length]} ({turn.ToString(CultureInfo.InvariantCulture)})";

    private static async Task<string> SignUpAsync(HttpClient http, int n, CancellationToken ct)
    {
        var email = $"load-{n.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}@example.com";
        const string password = "L0ad-Test-Passw0rd!";
        (await http.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = $"Cliente {n}" }, ct)).EnsureSuccessStatusCode();
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password }, ct);
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<LoginResponse>(Json, ct))!.AccessToken;
    }

    /// <summary>One customer's pauses before each of its messages after the first.</summary>
    private static Func<TimeSpan> Pauses(LoadOptions options, int customer)
    {
        var random = new Random(HashCode.Combine(options.Seed, customer));
        return () => options.ThinkTime * (0.5 + random.NextDouble());
    }

    private static async Task<ConversationRecord> ConverseAsync(
        HttpClient http, FakeModelServer? model, string token, int turns, Func<TimeSpan> pause, CancellationToken ct)
    {
        using var start = new HttpRequestMessage(HttpMethod.Post, "/api/conversations")
        {
            Content = JsonContent.Create(new { context = "service", channel = "webchat", language = "es" }),
        };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start, ct);
        started.EnsureSuccessStatusCode();
        var conversation = (await started.Content.ReadFromJsonAsync<ConversationResponse>(Json, ct))!;
        // The agent sends the conversation's seed with every model call; the fake model tallies its time by it.
        var seed = (long)conversation.Id.GetHashCode();

        var record = new ConversationRecord(conversation.Id, []);
        for (var turn = 1; turn <= turns; turn++)
        {
            // Before the first message too: customers who pause arrive spread over a pause, not all in the same instant.
            if (pause() is { Ticks: > 0 } thinking) await Task.Delay(thinking, ct);
            var before = model?.UsageOf(seed);
            var clock = Stopwatch.GetTimestamp();
            TurnRecord sample;
            // With --spans, the turn's trace, which the app's spans of this request join.
            using (var span = TurnSpans.Source.StartActivity("load.turn", ActivityKind.Client))
            {
                sample = await SendAsync(http, token, conversation.Id, Question(turn), ct) with { Trace = span?.TraceId };
            }

            var elapsed = Stopwatch.GetElapsedTime(clock);
            var used = before is null ? null : (await model!.SettledUsageOfAsync(seed, SettleTimeout, ct)).Since(before);
            record.Turns.Add(sample with { Latency = elapsed, ModelTime = used?.Time, ModelFaults = used?.Faults ?? 0, RetryWait = used?.RetryWait ?? TimeSpan.Zero });
        }

        return record;
    }

    private static async Task<TurnRecord> SendAsync(HttpClient http, string token, Guid conversationId, string text, CancellationToken ct)
    {
        using var send = new HttpRequestMessage(HttpMethod.Post, $"/api/conversations/{conversationId}/messages")
        {
            Content = JsonContent.Create(new { text }),
        };
        send.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(send, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                return new TurnRecord(text, Accepted: false, Seen: null, TurnOutcome.Refused, $"HTTP {(int)response.StatusCode}");
            }

            return await ReadStreamAsync(text, await response.Content.ReadAsStreamAsync(ct), ct);
        }
        catch (HttpRequestException ex)
        {
            return new TurnRecord(text, Accepted: false, Seen: null, TurnOutcome.Broken, $"connection: {ex.HttpRequestError}");
        }
    }

    private static async Task<TurnRecord> ReadStreamAsync(string text, Stream body, CancellationToken ct)
    {
        var answer = new StringBuilder();
        var tools = new List<string>();
        using var reader = new StreamReader(body);
        try
        {
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                var item = JsonSerializer.Deserialize<ChatStreamEvent>(line[6..], Json)!;
                switch (item.Type)
                {
                    case "delta":
                        answer.Append(item.Text);
                        break;
                    case "tool":
                        tools.Add(TurnRecord.ToolName(item.Plugin!, item.Function!));
                        break;
                    case "done":
                        return new TurnRecord(text, Accepted: true, answer.ToString(), TurnOutcome.Answered, null) { Tools = tools };
                    case "error":
                        // The error's message replaces whatever was streamed: it is what the customer sees.
                        return new TurnRecord(text, Accepted: true, item.Text, TurnOutcome.FailureShown, null) { Tools = tools };
                }
            }
        }
        catch (IOException ex)
        {
            return new TurnRecord(text, Accepted: true, Seen: null, TurnOutcome.Broken, $"stream: {ex.GetType().Name}") { Tools = tools };
        }

        return new TurnRecord(text, Accepted: true, Seen: null, TurnOutcome.Broken, "stream ended without done or error") { Tools = tools };
    }
}

/// <summary>What a run did: every conversation as its customer saw it, how long the conversations took together and
/// the CPU time the process (app, customers and fake model together) spent meanwhile, its garbage collections, and the
/// fake model's calls.</summary>
public sealed record LoadRun(
    IReadOnlyList<ConversationRecord> Conversations, TimeSpan Elapsed, TimeSpan Cpu, GarbageCollections Collections, FakeModelCounts? ModelCalls)
{
    /// <summary>How long a turn's figures wait for its request's span to end.</summary>
    private static readonly TimeSpan SpanTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Gives each turn where the app's time went, from the spans of its request.</summary>
    public async Task AttachAppTimesAsync(TurnSpans spans)
    {
        foreach (var turns in Conversations.Select(c => c.Turns))
        {
            for (var i = 0; i < turns.Count; i++)
            {
                if (turns[i].Trace is { } trace) turns[i] = turns[i] with { App = await spans.OfAsync(trace, SpanTimeout) };
            }
        }
    }
}

/// <summary>The process's garbage collections by generation and the time they paused it, since it started or between two counts.</summary>
public sealed record GarbageCollections(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GarbageCollections Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public GarbageCollections Since(GarbageCollections before) => new(Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, Paused - before.Paused);
}

public sealed record ConversationRecord(Guid Id, List<TurnRecord> Turns);

/// <param name="Sent">The customer's message.</param>
/// <param name="Accepted">The app took the message (it answered with a stream).</param>
/// <param name="Seen">The reply or failure message the customer was shown; null when the stream broke first.</param>
/// <param name="Error">For refused and broken turns, what went wrong.</param>
/// <param name="Latency">From sending the message to the end of the answer's stream.</param>
/// <param name="ModelTime">Time the fake model spent on the turn's calls (fault mode).</param>
/// <param name="ModelFaults">Calls of the turn the fake model failed on purpose.</param>
/// <param name="RetryWait">The app's waits before asking the fake model again after a failed call (fault mode).</param>
public sealed record TurnRecord(
    string Sent, bool Accepted, string? Seen, TurnOutcome Outcome, string? Error,
    TimeSpan Latency = default, TimeSpan? ModelTime = null, long ModelFaults = 0, TimeSpan RetryWait = default)
{
    private static readonly string HandOverTool = ToolName(TicketsPlugin.Name, TicketsPlugin.EscalateToHuman);

    /// <summary>The tools the turn called, as "Plugin.function", in the order the stream announced them.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>The turn's trace, when the run records spans (<see cref="TurnSpans"/>).</summary>
    public ActivityTraceId? Trace { get; init; }

    /// <summary>Where the app's time went in the turn, from its spans; null when the run recorded none.</summary>
    public AppTime? App { get; init; }

    /// <summary>What the app itself spent on the turn: its latency less the model's time and the waits its failures imposed.</summary>
    public TimeSpan Overhead => Latency - (ModelTime ?? TimeSpan.Zero) - RetryWait;

    /// <summary>What the turn did, for the overhead of each kind; null without the fake model (it alone tells whether the model was called).</summary>
    public TurnKind? Kind =>
        ModelTime is not { } modelTime ? null
        : Tools.Contains(HandOverTool) ? TurnKind.HandOver
        : modelTime == TimeSpan.Zero ? TurnKind.NoModelCall
        : Tools.Count > 0 ? TurnKind.ModelAndTools
        : TurnKind.ModelOnly;

    public static string ToolName(string plugin, string function) => $"{plugin}.{function}";
}

public enum TurnKind
{
    /// <summary>The app answered without the model: past the prompt's turn budget, the agent says a person has the conversation.</summary>
    NoModelCall,

    /// <summary>The model answered without calling a tool.</summary>
    ModelOnly,

    /// <summary>The model called tools, then answered.</summary>
    ModelAndTools,

    /// <summary>The turn handed the conversation to a person (escalate_to_human), whoever decided it.</summary>
    HandOver,
}

public enum TurnOutcome
{
    /// <summary>The agent answered.</summary>
    Answered,

    /// <summary>The turn failed and the customer was told so (the stream's <c>error</c> event).</summary>
    FailureShown,

    /// <summary>The app answered the message with an error status.</summary>
    Refused,

    /// <summary>The connection or the stream broke before the turn ended.</summary>
    Broken,
}

/// <summary>Customers signed up and logged in: the client they talk through and each one's access token.</summary>
public sealed record SignedUpCustomers(HttpClient Http, IReadOnlyList<string> Tokens) : IDisposable
{
    public void Dispose() => Http.Dispose();
}
