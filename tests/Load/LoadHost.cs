using System.Globalization;
using System.Net;
using AgentSupport.Agent.Offline;
using AgentSupport.Web.Data;
using AgentSupport.Workbench.Loop.Benchmark;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgentSupport.Load;

/// <summary>
/// The real app on Kestrel at a free 127.0.0.1 port, on a PostgreSQL database created for this run (and dropped after),
/// with the Offline engine or, in fault mode and for the workers benchmark, the OpenAI-compatible fake model on another port.
/// </summary>
public sealed class LoadHost : WebApplicationFactory<Program>
{
    private const string SigningKey = "load-test-signing-key-that-is-long-enough-for-hs256!";

    private readonly LoadOptions _options;
    private readonly string _dataPath = Directory.CreateTempSubdirectory("agentsupport-load-").FullName;
    private FakeModelServer? _model;

    private LoadHost(LoadOptions options)
    {
        _options = options;
        Database = $"agentsupport_load_{Guid.NewGuid():N}";
        ConnectionString = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = Database, Pooling = true }.ConnectionString;
    }

    public string Database { get; }

    public string ConnectionString { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The fake model, in fault mode.</summary>
    public FakeModelServer? Model => _model;

    /// <summary>The settings the app runs with beyond its defaults, as the report shows them.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    public static async Task<LoadHost> StartAsync(LoadOptions options, CancellationToken ct = default)
    {
        var host = new LoadHost(options);
        await Execute(options.Postgres, $"CREATE DATABASE \"{host.Database}\"", ct);
        if (options.UsesFakeModel)
        {
            ModelFault[] faults = [ModelFault.Throttled, ModelFault.ServerError, ModelFault.Stall, ModelFault.CutStream];
            host._model = await FakeModelServer.StartAsync(
                new FakeModelSettings(new OfflineChatClient(), options.ModelLatency, options.Faults ? options.FaultRate : 0, options.Seed, faults), ct);
        }

        host.Settings = host.AppSettings();
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        host.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return host;
    }

    /// <summary>A database context on the run's database, for checks after the run.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public AppDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Outside a test project there is no test manifest to find the app's folder by.
        builder.UseContentRoot(RepositoryFiles.Path("src", "Web"));
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    private Dictionary<string, string> AppSettings()
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = DatabaseExtensions.PostgreSql,
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Storage:DataPath"] = _dataPath,
            ["Jwt:SigningKey"] = SigningKey,
            ["Demo:Seed"] = "false",
            ["RateLimiting:LoginPerIpPerMinute"] = _options.LoginPermitsPerMinute.ToString(CultureInfo.InvariantCulture),
            ["Prompts:Root"] = RepositoryFiles.CopyPrompts(Path.Combine(_dataPath, "prompts")),
            ["Prompts:Watch"] = "false",
            // Request logs for thousands of turns would measure the console, not the app.
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Error",
        };
        if (_model is not null)
        {
            settings["OpenAI:ApiKey"] = "load-test";
            settings["OpenAI:BaseUrl"] = _model.BaseUrl.ToString();
            settings["OpenAI:Model"] = "fake-model";
            settings["Model:StreamIdleTimeout"] = _options.IdleTimeout.ToString("c", CultureInfo.InvariantCulture);
        }

        if (_options.Workers is not null)
        {
            // The app only coordinates; the worker processes the benchmark starts hold every conversation.
            settings["Workers:Enabled"] = "false";
            settings["Workers:Count"] = WorkersBenchmark.JobsPerWorker.ToString(CultureInfo.InvariantCulture);
            settings["Workers:PollInterval"] = "00:00:00.200";
        }

        return settings;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_model is not null) await _model.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (!_options.KeepDatabase) await DropDatabaseAsync();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// Drops the run's database. The server's autovacuum may visit a fresh database at any moment, and FORCE may not
    /// end a process of the server's own role; such a visit is over in moments, so the drop is tried again.
    /// </summary>
    private async Task DropDatabaseAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Execute(_options.Postgres, $"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", CancellationToken.None);
                return;
            }
            catch (PostgresException ex) when (attempt < 10 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private static async Task Execute(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
