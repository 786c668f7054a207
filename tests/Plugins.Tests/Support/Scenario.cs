using AgentSupport.Plugins.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Plugins.Tests.Support;

/// <summary>The customers of the shipped default scenario and a way to build plugins acting for them.</summary>
internal static class Scenario
{
    public static readonly Guid Ana = Guid.Parse("11111111-1111-4111-8111-111111111111");
    public static readonly Guid Bruno = Guid.Parse("22222222-2222-4222-8222-222222222222");

    /// <summary>Monday 2025-06-02 09:00 hub time, the default scenario's "now".</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(-6));

    public static InMemorySandbox NewSandbox() => InMemorySandbox.FromDefaultScenario();

    /// <summary>Builds a plugin the way the kernel does: constructor dependencies resolved from services.</summary>
    public static T Plugin<T>(InMemorySandbox sandbox, Guid customerId, string? conversationId = null)
        where T : class =>
        ActivatorUtilities.CreateInstance<T>(Services(sandbox, customerId, conversationId));

    public static IServiceProvider Services(InMemorySandbox sandbox, Guid customerId, string? conversationId = null) =>
        new ServiceCollection()
            .AddPluginSandbox(sandbox)
            .AddSingleton(sandbox.ContextFor(customerId, conversationId))
            .BuildServiceProvider();
}
