using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Agent.Tests.Fakes;

/// <summary>A Kestrel app on a free port of 127.0.0.1, for the fake model servers.</summary>
internal static class LoopbackHost
{
    /// <returns>The started app and its root, e.g. <c>http://127.0.0.1:5123/</c>.</returns>
    public static async Task<(WebApplication App, Uri Root)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }
}
