using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts.Storage;
using AgentSupport.Workbench.Loop.Runs;
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
        services.TryAddSingleton(sp => CreateWorkbenchLoop(sp, sp.GetRequiredService<IRunStore>(), sp.GetRequiredService<FilePromptStore>(), options));
        return services;
    }

    /// <summary>A loop on the registered agent, model and fixture, over the given runs and prompts.</summary>
    public static WorkbenchLoop CreateWorkbenchLoop(this IServiceProvider services, IRunStore runs, FilePromptStore prompts, WorkbenchLoopOptions? options)
    {
        return new WorkbenchLoop(
            runs,
            prompts,
            services.GetRequiredService<ICustomerAgent>(),
            WorkbenchModels.From(services.GetRequiredService<ModelClientFactory>()),
            services.GetService<SandboxScenario>() ?? SandboxScenario.Default,
            services.GetRequiredService<ILoggerFactory>(),
            options,
            services.GetService<TimeProvider>(),
            services.GetService<IRunRegeneration>());
    }
}
