using System.Reflection;
using Moq;

namespace AgentSupport.Agent.Tests.Support;

/// <summary>Makes un-set-up async port methods answer an empty list (or null), the way an empty store would.</summary>
public sealed class EmptyResultsProvider : DefaultValueProvider
{
    private static readonly MethodInfo FromResult = typeof(Task).GetMethod(nameof(Task.FromResult))!;

    protected override object? GetDefaultValue(Type type, Mock mock) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>)
            ? FromResult.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [EmptyValue(type.GetGenericArguments()[0])])
            : EmptyValue(type);

    private static object? EmptyValue(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? Array.CreateInstance(type.GetGenericArguments()[0], 0)
            : type.IsValueType ? Activator.CreateInstance(type) : null;
}
