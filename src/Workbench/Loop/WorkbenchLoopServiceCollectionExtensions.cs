using AgentSupport.Agent;
using AgentSupport.Agent.Model;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts;
using AgentSupport.Workbench.Loop.Runs;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Loop;

public static class WorkbenchLoopServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WorkbenchLoop"/> as a singleton. The host registers an <see cref="IRunStore"/> (a
    /// <see cref="FileRunStore"/>, or its database), the <see cref="FilePromptStore"/> and the model
    /// (<c>AddCustomerAgent</c>); a <see cref="SandboxScenario"/> service replaces the default fixture.
    /// </summary>
    public static IServiceCollection AddWorkbenchLoop(this IServiceCollection services, WorkbenchLoopOptions? options = null)
    {
        services.TryAddSingleton(sp =>
        {
            var models = sp.GetRequiredService<ModelClientFactory>();
            return new WorkbenchLoop(
                sp.GetRequiredService<IRunStore>(),
                sp.GetRequiredService<FilePromptStore>(),
                sp.GetRequiredService<ICustomerAgent>(),
                sp.GetRequiredService<IChatClient>(),
                new RunModel(models.Provider.ToString(), models.ModelId),
                sp.GetService<SandboxScenario>() ?? SandboxScenario.Default,
                sp.GetRequiredService<ILoggerFactory>(),
                options,
                sp.GetService<TimeProvider>());
        });
        return services;
    }
}
