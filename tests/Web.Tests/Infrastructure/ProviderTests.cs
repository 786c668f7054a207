namespace AgentSupport.Web.Tests.Infrastructure;

/// <summary>
/// Base of test classes that run the same tests on both providers: the PostgreSQL subclass skips,
/// with its reason, when no server is configured.
/// </summary>
public abstract class ProviderTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    protected TFixture App { get; } = app;

    protected void RequireDatabase()
    {
        if (App is PostgresAppFixture) PostgresServer.SkipIfUnavailable();
    }
}
