using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AgentSupport.Agent.Tests.Fakes;

/// <summary>
/// What the fake model servers share: a script of <see cref="FakeReply"/>s that requests consume in order, the
/// record of every request received, and the Kestrel app on 127.0.0.1 they run on.
/// </summary>
public abstract class ScriptedServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private WebApplication? _app;

    /// <summary>The server root, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>The reply used once the script is exhausted; by default a 500 error.</summary>
    public FakeReply Fallback { get; set; } = FakeReply.Status(500);

    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    /// <summary>Adds replies to the script; each request consumes the next one.</summary>
    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    protected async Task ListenAsync(Action<WebApplication> map) => (_app, Root) = await LoopbackHost.StartAsync(map);

    /// <summary>Records the request and takes the next reply of the script (or <see cref="Fallback"/>).</summary>
    protected async Task<(FakeRequest Request, FakeReply Reply)> ReceiveAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key.ToLowerInvariant(), header => header.Value.ToString());
        var request = new FakeRequest(context.Request.Path, body.RootElement.Clone(), headers);
        _requests.Enqueue(request);
        return (request, _script.TryDequeue(out var next) ? next : Fallback);
    }
}
