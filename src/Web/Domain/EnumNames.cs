using System.Collections.Frozen;
using System.Text.Json;

namespace AgentSupport.Web.Domain;

/// <summary>An enum's snake_case names both ways, as stored by <see cref="EnumNameConverter{TEnum}"/>.</summary>
internal static class EnumNames<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string NameOf(TEnum value) =>
        Names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    public static TEnum Parse(string name) =>
        Values.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"The database holds '{name}', which is not a {typeof(TEnum).Name} ({string.Join(", ", Values.Keys)}).");
}
