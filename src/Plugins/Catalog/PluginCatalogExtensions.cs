using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Catalog;

/// <summary>Registers the catalog plugins a prompt version enables, and only those.</summary>
public static class PluginCatalogExtensions
{
    /// <summary>
    /// Adds to a kernel's plugins (<c>kernel.Plugins.AddEnabled(policy.EnabledTools, scope.ServiceProvider)</c>)
    /// the catalog plugins named in <paramref name="enabledToolNames"/>, in catalog order, built from
    /// <paramref name="services"/>, which must hold the ports and the conversation's <see cref="CustomerContext"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not in the catalog: a prompt policy the store should have rejected.</exception>
    public static IReadOnlyList<KernelPlugin> AddEnabled(this ICollection<KernelPlugin> plugins, IEnumerable<string> enabledToolNames, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var added = Select(enabledToolNames).Select(entry => entry.CreatePlugin(services)).ToList();
        foreach (var plugin in added)
        {
            plugins.Add(plugin);
        }

        return added;
    }

    /// <summary>
    /// Same for a kernel builder: each enabled plugin is registered as a <see cref="KernelPlugin"/> service,
    /// built when the kernel is resolved from that builder's services.
    /// </summary>
    public static IKernelBuilderPlugins AddEnabled(this IKernelBuilderPlugins plugins, IEnumerable<string> enabledToolNames)
    {
        foreach (var entry in Select(enabledToolNames))
        {
            plugins.Services.AddSingleton(services => entry.CreatePlugin(services));
        }

        return plugins;
    }

    private static IReadOnlyList<PluginEntry> Select(IEnumerable<string> enabledToolNames)
    {
        ArgumentNullException.ThrowIfNull(enabledToolNames);
        var wanted = enabledToolNames.ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(name => !PluginCatalog.Names.Contains(name)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown plugin name(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", PluginCatalog.Entries.Select(e => e.Name))}.",
                nameof(enabledToolNames));
        }

        return PluginCatalog.Entries.Where(entry => wanted.Contains(entry.Name)).ToList();
    }
}
