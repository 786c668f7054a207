using AgentSupport.Agent.Offline;
using AgentSupport.Web.Data;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Workbench.Loop.Benchmark;

namespace AgentSupport.Web.Tests.Workbench.Workers;

/// <summary>
/// The OpenAI-compatible fake model on 127.0.0.1 with the Offline engine behind it, answering every role (agent,
/// simulated customer, judge, proposer) the same way whichever process asks, a little slowly as a provider does.
/// </summary>
public sealed class WorkerModel : IAsyncDisposable
{
    private FakeModelServer? _server;

    public async Task StartAsync() =>
        _server = await FakeModelServer.StartAsync(new FakeModelSettings(new OfflineChatClient(), TimeSpan.FromMilliseconds(40), FaultRate: 0, Seed: 1));

    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("OpenAI:ApiKey", "test-key"),
        new("OpenAI:BaseUrl", (_server ?? throw new InvalidOperationException("The fake model is not started.")).BaseUrl.ToString()),
        new("OpenAI:Model", "fake-model"),
    ];

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

/// <summary>
/// The web app on PostgreSQL with its conversations left to worker processes (<c>Workers:Enabled=false</c>), and a
/// short invisibility timeout so a killed worker's job is taken elsewhere within seconds.
/// </summary>
public sealed class WorkersAppFixture : PostgresAppFixture
{
    private readonly WorkerModel _model = new();

    private IEnumerable<KeyValuePair<string, string?>> WorkerOptions =>
    [
        new("Workers:InvisibilityTimeout", "00:00:04"),
        new("Workers:PollInterval", "00:00:00.200"),
        new("Workers:Count", "2"),
    ];

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [.. _model.Settings, .. WorkerOptions, new("Workers:Enabled", "false")];

    /// <summary>What a worker process is started with to join this app: its database, its model, the same worker options.</summary>
    public IReadOnlyDictionary<string, string?> WorkerSettings => new Dictionary<string, string?>(
    [
        new("Database:Provider", DatabaseExtensions.PostgreSql),
        new("ConnectionStrings:Default", PostgresServer.ForDatabase(ServerConnectionString!, Database)),
        new("Jwt:SigningKey", TestSigningKey),
        .. _model.Settings,
        .. WorkerOptions,
    ]);

    public override Task InitializeAsync() => Task.WhenAll(_model.StartAsync(), base.InitializeAsync());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _model.DisposeAsync();
    }
}

/// <summary>The embedded default, where a run is held in the app's own process, on the same fake model.</summary>
public sealed class SingleProcessAppFixture : SqliteAppFixture
{
    private readonly WorkerModel _model = new();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => _model.Settings;

    public override Task InitializeAsync() => Task.WhenAll(_model.StartAsync(), base.InitializeAsync());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _model.DisposeAsync();
    }
}

/// <summary>A PostgreSQL install of one process: the web app holds its runs' jobs with its own job server, as by default.</summary>
public sealed class OneProcessPostgresAppFixture : PostgresAppFixture
{
    private readonly WorkerModel _model = new();

    protected override bool HoldsRuns => true;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => _model.Settings;

    public override Task InitializeAsync() => Task.WhenAll(_model.StartAsync(), base.InitializeAsync());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _model.DisposeAsync();
    }
}
