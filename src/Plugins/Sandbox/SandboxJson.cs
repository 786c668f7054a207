using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>
/// The fixture dialect: snake_case names and enum values, strict about unknown or missing fields so a
/// typo in a fixture is reported instead of silently seeding an empty list.
/// </summary>
internal static class SandboxJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        WriteIndented = true,
    };
}
