using System.Reflection;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Catalog;

/// <summary>
/// One registered plugin: its kernel plugin name (what prompt policies list in <c>enabled_tools</c>),
/// its class, and the conversation intent it serves (null for cross-cutting plugins such as Tickets).
/// </summary>
public sealed record PluginEntry(string Name, Type PluginType, string? Intent)
{
    /// <summary>
    /// Builds the plugin with its constructor dependencies (ports, <see cref="CustomerContext"/>,
    /// TimeProvider, logger) resolved from <paramref name="services"/>, normally the conversation's scope.
    /// </summary>
    public KernelPlugin CreatePlugin(IServiceProvider services) => KernelPluginFactory.CreateFromType(PluginType, Name, services);

    /// <summary>The kernel functions of the plugin, by the names the model calls them, read from the class itself.</summary>
    public IReadOnlyList<string> Functions { get; } = PluginType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Select(method => (Method: method, Attribute: method.GetCustomAttribute<KernelFunctionAttribute>()))
        .Where(pair => pair.Attribute is not null)
        .Select(pair => pair.Attribute!.Name ?? pair.Method.Name)
        .ToList();
}
