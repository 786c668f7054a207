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
    public IReadOnlyList<string> Functions => Methods.Select(method => method.Name).ToList();

    /// <summary>
    /// Each function as a sketch of its signature, "get_payout_status(plate?) -> PayoutStatusReport", generated from the
    /// kernel-function attributes and parameters of the class, so it never drifts from the plugin.
    /// </summary>
    public IReadOnlyList<string> Signatures => Methods.Select(method => method.Signature).ToList();

    private IReadOnlyList<(string Name, string Signature)> Methods { get; } = PluginType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Select(method => (Method: method, Attribute: method.GetCustomAttribute<KernelFunctionAttribute>()))
        .Where(pair => pair.Attribute is not null)
        .Select(pair => (pair.Attribute!.Name ?? pair.Method.Name, Signature(pair.Attribute!.Name ?? pair.Method.Name, pair.Method)))
        .ToList();

    private static string Signature(string name, MethodInfo method)
    {
        var parameters = method.GetParameters().Where(parameter => parameter.ParameterType != typeof(CancellationToken))
            .Select(parameter => parameter.HasDefaultValue && parameter.DefaultValue is null ? parameter.Name + "?" : parameter.Name);
        return $"{name}({string.Join(", ", parameters)}) -> {ResultName(method.ReturnType)}";
    }

    /// <summary>The record a function returns, unwrapped from Task and ToolResult.</summary>
    private static string ResultName(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition().Name.StartsWith("ToolResult", StringComparison.Ordinal))
            ? ResultName(type.GetGenericArguments()[0])
            : type.Name;
}
