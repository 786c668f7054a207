using System.Net.Http.Headers;
using System.Net.Http.Json;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgentSupport.Web.Tests.Infrastructure;

/// <summary>
/// The real app over real HTTP on a fresh database of its own: a temporary SQLite file, or a
/// database created for this fixture on the PostgreSQL server named by AGENTSUPPORT_TEST_POSTGRES.
/// </summary>
public abstract class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string TestSigningKey = "test-signing-key-that-is-long-enough-for-hs256!";
    public const string AdminPassword = "Adm1nPassword!";
    private readonly string _dataPath = Directory.CreateTempSubdirectory("agentsupport-test-").FullName;

    public string DataPath => _dataPath;

    protected abstract IEnumerable<KeyValuePair<string, string?>> DatabaseSettings { get; }

    /// <summary>Extra configuration a fixture adds (rate limits, model settings, ...).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    /// <summary>Whether the agent talks to <see cref="Model"/> instead of the Offline engine.</summary>
    protected virtual bool UsesFakeModel => false;

    /// <summary>The OpenAI-compatible server on 127.0.0.1 the agent calls, when the fixture <see cref="UsesFakeModel"/>.</summary>
    public FakeOpenAIServer Model => _model ?? throw new InvalidOperationException("This fixture runs the Offline model.");

    private FakeOpenAIServer? _model;

    /// <summary>Prices the dashboard's costs are computed with when a fake model answers.</summary>
    public const decimal PricePer1KInputTokens = 0.5m;
    public const decimal PricePer1KOutputTokens = 2m;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = _dataPath,
            ["Jwt:SigningKey"] = TestSigningKey,
            ["Demo:Seed"] = "false",
            ["RateLimiting:LoginPerIpPerMinute"] = "10000",
            ["RateLimiting:LoginPerAccountPerMinute"] = "10000",
            // A copy, so tests that create versions or move labels never touch the repository's prompts.
            ["Prompts:Root"] = RepositoryFiles.CopyPrompts(Path.Combine(_dataPath, "prompts")),
            ["Prompts:Watch"] = "false",
        };
        if (_model is not null)
        {
            settings["OpenAI:ApiKey"] = "test-key";
            settings["OpenAI:BaseUrl"] = _model.BaseUrl.ToString();
            settings["OpenAI:Model"] = "fake-model";
            settings["Model:MaxRetries"] = "0";
            settings["Model:PricePer1KInputTokens"] = PricePer1KInputTokens.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Model:PricePer1KOutputTokens"] = PricePer1KOutputTokens.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var (key, value) in DatabaseSettings.Concat(ExtraSettings)) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (UsesFakeModel) _model = await FakeOpenAIServer.StartAsync();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_model is not null) await _model.DisposeAsync();
        await DropDatabaseAsync();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<int> CountAsync<TEntity>() where TEntity : class =>
        await WithDbAsync(db => db.Set<TEntity>().CountAsync());

    /// <summary>Registers a customer through the API and returns a client signed in as them.</summary>
    public async Task<SignedInClient> CustomerAsync(string? name = null)
    {
        var email = $"{name ?? "customer"}-{Guid.NewGuid():N}@example.com";
        const string password = "Passw0rd!x";
        var client = CreateClient();
        var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = name ?? "Test Customer" });
        register.EnsureSuccessStatusCode();
        return await SignInAsync(email, password);
    }

    /// <summary>Admins cannot sign up; one is written straight into the database, as an operator would.</summary>
    public async Task<SignedInClient> AdminAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@agentsupport.local";
        const string password = AdminPassword;
        await WithDbAsync(async db =>
        {
            var user = new User { Email = email, NormalizedEmail = User.Normalize(email), DisplayName = "Admin", Role = Roles.Admin };
            user.PasswordHash = Services.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, password);
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        });
        return await SignInAsync(email, password);
    }

    public async Task<SignedInClient> SignInAsync(string email, string password)
    {
        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var body = (await login.Content.ReadFromJsonAsync<LoginResponse>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.AccessToken);
        return new SignedInClient(client, body.User.Id, email, body.AccessToken);
    }
}

public sealed record SignedInClient(HttpClient Http, Guid UserId, string Email, string Token);

public class SqliteAppFixture : AppFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings =>
        [new("Database:Provider", DatabaseExtensions.Sqlite)];
}

public class PostgresAppFixture : AppFixture
{
    private readonly string? _server = Environment.GetEnvironmentVariable(PostgresServer.Variable);
    private readonly string _database = $"agentsupport_test_{Guid.NewGuid():N}";

    /// <summary>The database created for this fixture on the server.</summary>
    public string Database => _database;

    /// <summary>The server's connection string, null when no server is configured.</summary>
    public string? ServerConnectionString => _server;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings =>
    [
        new("Database:Provider", DatabaseExtensions.PostgreSql),
        new("ConnectionStrings:Default", _server is null ? null : AppConnection(PostgresServer.ForDatabase(_server, _database))),
        .. HoldsRuns ? [] : new KeyValuePair<string, string?>[] { new("Workers:Enabled", "false") },
    ];

    /// <summary>
    /// Whether the app keeps its own Workbench job server, as a PostgreSQL install does by default (the setting is then
    /// left unset). Off unless a fixture holds runs: a job server polls the database several times a second for the
    /// fixture's whole life.
    /// </summary>
    protected virtual bool HoldsRuns => false;

    /// <summary>The connection string the app is given for its database; a fixture may route it elsewhere (a proxy).</summary>
    protected virtual string AppConnection(string connectionString) => connectionString;

    public override async Task InitializeAsync()
    {
        if (_server is null) return;
        await PostgresServer.ExecuteAsync(_server, $"CREATE DATABASE \"{_database}\"");
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_server is null) return;
        NpgsqlConnection.ClearAllPools();
        try { await PostgresServer.DropDatabaseAsync(_server, _database); }
        catch (PostgresException ex)
        {
            // A test database left behind harms nothing.
            Console.Error.WriteLine($"Test database {_database} was left behind: {ex.SqlState}: {ex.MessageText}");
        }
    }
}

/// <summary>SQLite, with the agent on the fake model server.</summary>
public sealed class SqliteModelAppFixture : SqliteAppFixture
{
    protected override bool UsesFakeModel => true;
}

/// <summary>PostgreSQL, with the agent on the fake model server.</summary>
public sealed class PostgresModelAppFixture : PostgresAppFixture
{
    protected override bool UsesFakeModel => true;
}
