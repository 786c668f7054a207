using AgentSupport.Agent.Tests.Fakes;

namespace AgentSupport.Agent.Tests.OpenAIPath;

/// <summary>A fresh fake server per test class instance, started before and stopped after each test.</summary>
public abstract class FakeServerTests : IAsyncLifetime
{
    protected FakeOpenAIServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
