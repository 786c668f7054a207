using AgentSupport.Agent.Offline;
using AgentSupport.Workbench.Loop.Benchmark;
using Microsoft.AspNetCore.Hosting;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// The real app on an online model that echoes <see cref="Payload"/> (<see cref="EchoingModel"/>) behind an
/// OpenAI-compatible server on 127.0.0.1, so the Workbench's proposals, judgements and regenerated conversations carry it.
/// </summary>
public sealed class EchoingModelAppFixture : BrowserAppFixture
{
    public const string Payload = "\"'><img src=x onerror=alert(1)><svg onload=alert(2)><script>alert(3)</script>";

    private FakeModelServer? _model;

    protected override async Task BeforeAppStartsAsync() =>
        _model = await FakeModelServer.StartAsync(new FakeModelSettings(new EchoingModel(new OfflineChatClient(), Payload), TimeSpan.Zero, FaultRate: 0, Seed: 1));

    protected override void ConfigureAgent(IWebHostBuilder builder)
    {
        builder.UseSetting("OpenAI:ApiKey", "fake-key");
        builder.UseSetting("OpenAI:BaseUrl", _model!.BaseUrl.ToString());
        builder.UseSetting("OpenAI:Model", "fake-model");
        builder.UseSetting("Model:MaxRetries", "0");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_model is not null) await _model.DisposeAsync();
    }
}

/// <summary>The report XSS test's own app (its model echoes hostile text); run alone, so two apps never share the two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EchoingModelBrowserCollection : ICollectionFixture<EchoingModelAppFixture>
{
    public const string Name = "Echoing model browser";
}
