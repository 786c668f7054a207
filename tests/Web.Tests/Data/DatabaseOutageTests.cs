using System.Net;
using System.Net.Http.Json;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AgentSupport.Web.Tests.Data;

/// <summary>The app on PostgreSQL behind a proxy that the test cuts and restores, as a database restart would.</summary>
public sealed class DatabaseOutageFixture : PostgresAppFixture
{
    private TcpProxy? _proxy;

    protected override bool UsesFakeModel => true;

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

    [SkippableFact]
    public async Task A_database_cut_while_the_model_answers_ends_the_stream_with_the_failure_and_the_question_stays_stored()
    {
        PostgresServer.SkipIfUnavailable();
        var customer = await app.CustomerAsync();
        var conversation = await ChatClient.StartAsync(customer);
        app.Model.Enqueue(FakeReply.From(_ =>
        {
            app.Proxy.Cut();
            return FakeReply.Text("Tu pago sale mañana.");
        }));

        List<(string Event, ChatStreamEvent Data)> events;
        try
        {
            events = await ChatClient.SendAsync(customer, conversation.Id, "¿Cuándo me pagan?");
        }
        finally
        {
            app.Proxy.Restore();
        }

        var (name, data) = events[^1];
        Assert.Equal("error", name);
        Assert.Equal("Lo sentimos, nuestro asistente no pudo terminar de responderte. Tu mensaje quedó guardado. Por favor intenta de nuevo en unos minutos.", data.Text);
        Assert.DoesNotContain(events, e => e.Event == "done");
        var stored = await app.WithDbAsync(db => db.ConversationMessages.Where(m => m.ConversationId == conversation.Id)
            .OrderBy(m => m.Turn).Select(m => new { m.Turn, m.Role, m.Text }).ToListAsync());
        Assert.Equal([new { Turn = 1, Role = "user", Text = "¿Cuándo me pagan?" }], stored);

        // Once the database is back the conversation goes on, the next message after the answer that never came.
        app.Model.Enqueue(FakeReply.Text("Mañana."));
        for (var attempt = 0; attempt < 5 && (events = await SendOrRefusedAsync(customer, conversation.Id, "¿Y entonces?")) is []; attempt++)
        {
        }

        Assert.Equal("done", events[^1].Event);
        Assert.Equal([1, 3, 4], await app.WithDbAsync(db => db.ConversationMessages.Where(m => m.ConversationId == conversation.Id).OrderBy(m => m.Turn).Select(m => m.Turn).ToListAsync()));
    }

    /// <summary>The message's events, or none when the app refused it (503 from a pooled connection the cut broke).</summary>
    private static async Task<List<(string Event, ChatStreamEvent Data)>> SendOrRefusedAsync(SignedInClient customer, Guid conversationId, string text)
    {
        try
        {
            return await ChatClient.SendAsync(customer, conversationId, text);
        }
        catch (HttpRequestException exception) when (exception.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return [];
        }
    }
}
