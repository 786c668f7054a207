using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace AgentSupport.Web.Tests.Infrastructure;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of a server (the shared PostgreSQL), so a test can take the server away from the
/// app and give it back without touching the server itself: <see cref="Cut"/> drops every open connection and
/// closes new ones at once, <see cref="Restore"/> forwards again.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile bool _cut;

    public TcpProxy(string targetHost, int targetPort)
    {
        (_targetHost, _targetPort) = (targetHost, targetPort);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Cut()
    {
        _cut = true;
        foreach (var client in _open.Keys) Close(client);
    }

    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            if (_cut)
            {
                client.Dispose();
                continue;
            }
            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var server = new TcpClient();
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            await Task.WhenAny(
                client.GetStream().CopyToAsync(server.GetStream(), _stop.Token),
                server.GetStream().CopyToAsync(client.GetStream(), _stop.Token));
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            // A cut connection ends here, as a real outage would end it.
        }
        finally
        {
            Close(client);
            Close(server);
        }
    }

    private void Close(TcpClient client)
    {
        _open.TryRemove(client, out _);
        client.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stop.Dispose();
    }
}
