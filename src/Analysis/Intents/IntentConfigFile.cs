using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis.Intents;

/// <summary>The JSON shape of an intent configuration file (see Config/intents.json).</summary>
internal sealed record IntentConfigFile(IReadOnlyList<IntentConfigEntry>? Intents)
{
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
}

internal sealed record IntentConfigEntry(string? Name, string? Tool, int? Effort, IReadOnlyDictionary<string, string>? Patterns);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(IntentConfigFile))]
internal sealed partial class IntentConfigJsonContext : JsonSerializerContext;
