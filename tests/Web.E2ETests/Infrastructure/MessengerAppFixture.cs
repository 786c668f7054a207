using AgentSupport.Agent.Tests.Fakes;
using Microsoft.AspNetCore.Hosting;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// The real app whose agent talks to an OpenAI-compatible fake server on 127.0.0.1 (<see cref="StreamingModel"/>):
/// real HTTP, real streaming, real tool calls into the database behind a back office that takes its time
/// (<see cref="SlowBackOffice"/>), a token every <see cref="StreamingModel.TokenPause"/>.
/// </summary>
public sealed class MessengerAppFixture : BrowserAppFixture
{
    private FakeOpenAIServer? _model;

    public FakeOpenAIServer Model => _model ?? throw new InvalidOperationException(SkipReason);

    protected override async Task BeforeAppStartsAsync()
    {
        _model = await FakeOpenAIServer.StartAsync();
        _model.Fallback = FakeReply.From(StreamingModel.Reply);
    }

    protected override void ConfigureAgent(IWebHostBuilder builder)
    {
        builder.UseSetting("OpenAI:ApiKey", "fake-key");
        builder.UseSetting("OpenAI:BaseUrl", Model.BaseUrl.ToString());
        builder.UseSetting("OpenAI:Model", "fake-model");
        builder.UseSetting("Model:MaxRetries", "0");
        builder.ConfigureServices(SlowBackOffice.Use);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_model is not null) await _model.DisposeAsync();
    }
}
