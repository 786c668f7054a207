using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Tests.Loop.Support;

/// <summary>The real agent and the Offline engine for the tool-less roles, as an empty configuration (no key) selects them.</summary>
internal sealed class OfflineModel : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
        .AddCustomerAgent(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    public ICustomerAgent Agent => _services.GetRequiredService<ICustomerAgent>();

    public IChatClient Chat => _services.GetRequiredService<IChatClient>();

    public ILoggerFactory Logging => _services.GetRequiredService<ILoggerFactory>();

    public ModelClientFactory Factory => _services.GetRequiredService<ModelClientFactory>();

    public void Dispose() => _services.Dispose();
}
