using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Observability;

/// <summary>A fixture whose settings a test sets before the app starts.</summary>
public interface IConfigurableApp
{
    Dictionary<string, string?> Settings { get; }
}

/// <summary>An app started for one test, with settings of its own, disposed with its database when the test ends.</summary>
public sealed class StartedApp<TFixture> : IAsyncDisposable where TFixture : AppFixture, IConfigurableApp, new()
{
    private StartedApp(TFixture fixture) => Fixture = fixture;

    public TFixture Fixture { get; }

    public static async Task<StartedApp<TFixture>> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var fixture = new TFixture();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            fixture.Settings[key] = value;
        }

        await ((IAsyncLifetime)fixture).InitializeAsync();
        // The host starts on first use; the test breaks what it set up, so it must be set up first.
        _ = fixture.Services;
        return new StartedApp<TFixture>(fixture);
    }

    public ValueTask DisposeAsync() => new(((IAsyncLifetime)Fixture).DisposeAsync());
}

public sealed class ConfigurableSqliteApp : SqliteAppFixture, IConfigurableApp
{
    public Dictionary<string, string?> Settings { get; } = [];

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => Settings;
}

public sealed class ConfigurablePostgresApp : PostgresAppFixture, IConfigurableApp
{
    public Dictionary<string, string?> Settings { get; } = [];

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => Settings;
}
