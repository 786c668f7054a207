using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Plugins.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the sandbox as every port and its clock as the <see cref="TimeProvider"/>, so
    /// <c>PluginCatalog</c> plugins built from these services act on the sandbox. The conversation's
    /// <see cref="CustomerContext"/> is registered separately (see <see cref="InMemorySandbox.ContextFor"/>).
    /// </summary>
    public static IServiceCollection AddPluginSandbox(this IServiceCollection services, InMemorySandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        services.AddSingleton<TimeProvider>(sandbox.Clock);
        services.AddSingleton(sandbox.Offers);
        services.AddSingleton(sandbox.Inspections);
        services.AddSingleton(sandbox.Payouts);
        services.AddSingleton(sandbox.Documents);
        services.AddSingleton(sandbox.Warranties);
        services.AddSingleton(sandbox.Scheduling);
        services.AddSingleton(sandbox.Tickets);
        services.AddSingleton(sandbox.Hubs);
        return services;
    }
}
