using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Web.Tests.Infrastructure;
using Npgsql;

namespace AgentSupport.Web.Tests.Observability;

/// <summary>
/// <c>/health</c> says the process is up and asks nothing; <c>/health/ready</c> names each dependency and answers 503,
/// naming the one that failed, when one does. Each test breaks a dependency of an app of its own.
/// </summary>
public abstract class ReadinessTests<TFixture> where TFixture : AppFixture, IConfigurableApp, new()
{
    [SkippableFact]
    public async Task Ready_names_the_database_the_prompt_store_and_the_offline_model()
    {
        RequireDatabase();
        await using var app = await StartedApp<TFixture>.StartAsync();

        var (status, checks) = await ReadyAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["database", "model", "prompts"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, check => Assert.Equal("Healthy", check.Status));
        Assert.Equal("offline", checks["model"].Description);
        Assert.StartsWith("customer-agent v", checks["prompts"].Description, StringComparison.Ordinal);
        await AssertAliveAsync(app);
    }

    [SkippableFact]
    public async Task An_unreachable_database_makes_ready_503_naming_it_while_liveness_stays_up()
    {
        RequireDatabase();
        await using var app = await StartedApp<TFixture>.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(app)).Status);

        await MakeDatabaseUnreachableAsync(app.Fixture);

        var (status, checks) = await ReadyAsync(app);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks["database"].Status);
        Assert.Equal("Healthy", checks["prompts"].Status);
        await AssertAliveAsync(app);
    }

    protected abstract Task MakeDatabaseUnreachableAsync(TFixture app);

    protected virtual void RequireDatabase()
    {
    }

    internal static async Task<(HttpStatusCode Status, Dictionary<string, Check> Checks)> ReadyAsync<T>(StartedApp<T> app) where T : AppFixture, IConfigurableApp, new()
    {
        var response = await app.Fixture.CreateClient().GetAsync("/health/ready");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var checks = body.GetProperty("checks").EnumerateObject().ToDictionary(
            entry => entry.Name,
            entry => new Check(entry.Value.GetProperty("status").GetString()!, entry.Value.GetProperty("Description").GetString()));
        return (response.StatusCode, checks);
    }

    internal static async Task AssertAliveAsync<T>(StartedApp<T> app) where T : AppFixture, IConfigurableApp, new()
    {
        var response = await app.Fixture.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateObject());
    }

    internal sealed record Check(string Status, string? Description);
}

public sealed class ReadinessSqliteTests : ReadinessTests<ConfigurableSqliteApp>
{
    [Fact]
    public async Task An_unreadable_prompts_folder_makes_ready_503_naming_the_prompt_store()
    {
        await using var app = await StartedApp<ConfigurableSqliteApp>.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(app)).Status);

        Directory.Delete(Path.Combine(app.Fixture.DataPath, "prompts"), recursive: true);

        var (status, checks) = await ReadyAsync(app);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(new Check("Unhealthy", "The prompts folder cannot be read."), checks["prompts"]);
        Assert.Equal("Healthy", checks["database"].Status);
    }

    [Fact]
    public async Task A_model_server_that_stops_answering_makes_ready_503_naming_the_model()
    {
        var model = await FakeOpenAIServer.StartAsync();
        await using var app = await StartedApp<ConfigurableSqliteApp>.StartAsync(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = "test-key",
            ["OpenAI:BaseUrl"] = model.BaseUrl.ToString(),
            ["Model:Roles:Judge:ModelId"] = "judge-model",
        });

        var (before, reachable) = await ReadyAsync(app);
        await model.DisposeAsync();
        var (after, silent) = await ReadyAsync(app);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(new Check("Healthy", "reachable: OpenAICompatible (agent, simulator, judge, proposer)"), reachable["model"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, after);
        Assert.Equal(new Check("Unhealthy", "not answering: OpenAICompatible (agent, simulator, judge, proposer)"), silent["model"]);
        Assert.Equal("Healthy", silent["database"].Status);
        await AssertAliveAsync(app);
    }

    // EF Core asks SQLite whether the database file exists; a deleted one is a database the app cannot reach.
    protected override Task MakeDatabaseUnreachableAsync(ConfigurableSqliteApp app)
    {
        File.Delete(Path.Combine(app.DataPath, "agentsupport.db"));
        return Task.CompletedTask;
    }
}

public sealed class ReadinessPostgresTests : ReadinessTests<ConfigurablePostgresApp>
{
    protected override void RequireDatabase() => PostgresServer.SkipIfUnavailable();

    // The app's database disappears under it, its open connections cut.
    protected override async Task MakeDatabaseUnreachableAsync(ConfigurablePostgresApp app)
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.DropDatabaseAsync(app.ServerConnectionString!, app.Database!);
    }
}
