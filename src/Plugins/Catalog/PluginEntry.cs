using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Catalog;

/// <summary>
/// One registered plugin: its kernel plugin name (what prompt policies list in <c>enabled_tools</c>),
/// its class, and the conversation intent it serves (null for cross-cutting plugins such as Tickets).
/// </summary>
public sealed record PluginEntry(string Name, Type PluginType, string? Intent)
{
    /// <summary>What a plugin class's functions look like, read once per class.</summary>
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(MethodInfo Method, KernelFunctionFromMethodOptions Shape)>> Shapes = new();

    /// <summary>
    /// Builds the plugin with its constructor dependencies (ports, <see cref="CustomerContext"/>,
    /// TimeProvider, logger) resolved from <paramref name="services"/>, normally the conversation's scope.
    /// </summary>
    /// <remarks>
    /// Every turn builds its plugins for its own customer, but the functions' names, descriptions and parameter schemas
    /// are the class's: they are read by reflection once and reused, which turned the plugins from the costliest
    /// step of a turn into a cheap one.
    /// </remarks>
    public KernelPlugin CreatePlugin(IServiceProvider services)
    {
        var instance = ActivatorUtilities.CreateInstance(services, PluginType);
        var shapes = Shapes.GetOrAdd(PluginType, static (_, instance) => ShapesOf(instance), instance);
        return KernelPluginFactory.CreateFromFunctions(Name, shapes.Select(f => KernelFunctionFactory.CreateFromMethod(f.Method, instance, f.Shape)));
    }

    private static IReadOnlyList<(MethodInfo Method, KernelFunctionFromMethodOptions Shape)> ShapesOf(object instance) =>
        KernelMethods(instance.GetType())
            .Select(pair =>
            {
                var metadata = KernelFunctionFactory.CreateFromMethod(pair.Method, instance).Metadata;
                foreach (var parameter in metadata.Parameters)
                {
                    // Schemas are inferred on first read; read them now so every later turn shares them.
                    _ = parameter.Schema;
                }

                return (pair.Method, new KernelFunctionFromMethodOptions
                {
                    FunctionName = metadata.Name,
                    Description = metadata.Description,
                    Parameters = metadata.Parameters,
                    ReturnParameter = metadata.ReturnParameter,
                });
            })
            .ToList();

    /// <summary>The kernel functions of the plugin, by the names the model calls them, read from the class itself.</summary>
    public IReadOnlyList<string> Functions => Methods.Select(method => method.Name).ToList();

    /// <summary>
    /// Each function as a sketch of its signature, "get_payout_status(plate?) -> PayoutStatusReport", generated from the
    /// kernel-function attributes and parameters of the class, so it never drifts from the plugin.
    /// </summary>
    public IReadOnlyList<string> Signatures => Methods.Select(method => method.Signature).ToList();

    private IReadOnlyList<(string Name, string Signature)> Methods { get; } = KernelMethods(PluginType)
        .Select(pair => (pair.Attribute.Name ?? pair.Method.Name, Signature(pair.Attribute.Name ?? pair.Method.Name, pair.Method)))
        .ToList();

    /// <summary>The public methods of a plugin class that are kernel functions, with their attribute.</summary>
    private static IEnumerable<(MethodInfo Method, KernelFunctionAttribute Attribute)> KernelMethods(Type pluginType) =>
        pluginType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(method => (Method: method, Attribute: method.GetCustomAttribute<KernelFunctionAttribute>()))
            .Where(pair => pair.Attribute is not null)
            .Select(pair => (pair.Method, pair.Attribute!));

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
