using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Tests.Infrastructure;
using Npgsql;

namespace AgentSupport.Web.Tests.Data;

/// <summary>The app on PostgreSQL behind a proxy that the test cuts and restores, as a database restart would.</summary>
public sealed class DatabaseOutageFixture : PostgresAppFixture
{
    private TcpProxy? _proxy;

    public TcpProxy Proxy => _proxy ?? throw new InvalidOperationException("No PostgreSQL server is configured.");

    protected override string AppConnection(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _proxy ??= new TcpProxy(builder.Host!, builder.Port);
        builder.Host = "127.0.0.1";
        builder.Port = _proxy.Port;
        return builder.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null) await _proxy.DisposeAsync();
    }
}

public sealed class DatabaseOutageTests(DatabaseOutageFixture app) : IClassFixture<DatabaseOutageFixture>
{
    [SkippableFact]
    public async Task DuringAnOutage_RequestsGet503WithRetryAfter_AndTheAppRecoversWithoutARestart()
    {
        PostgresServer.SkipIfUnavailable();
        var customer = await app.CustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await customer.Http.GetAsync("/api/conversations")).StatusCode);

        app.Proxy.Cut();
        try
        {
            var list = await customer.Http.GetAsync("/api/conversations");
            var start = await customer.Http.PostAsJsonAsync("/api/conversations", new { context = "service", channel = "webchat", language = "es" });

            foreach (var response in new[] { list, start })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
            }
        }
        finally
        {
            app.Proxy.Restore();
        }

        // The pool may still hand out a connection the outage broke; that request fails as the outage did, the next ones succeed.
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5 && statuses.LastOrDefault() != HttpStatusCode.OK; attempt++)
        {
            statuses.Add((await customer.Http.GetAsync("/api/conversations")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[^1]);
        Assert.All(statuses[..^1], status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        var started = await customer.Http.PostAsJsonAsync("/api/conversations", new { context = "service", channel = "webchat", language = "es" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }
}
