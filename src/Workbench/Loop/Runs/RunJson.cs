using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>The JSON of run records and conversation results: snake_case, readable accents, source-generated.</summary>
public static class RunJson
{
    /// <summary>For <c>run.json</c>: indented, to read by eye.</summary>
    public static JsonSerializerOptions Indented { get; } = new(RunJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = RunJsonContext.Default,
    };

    /// <summary>For the conversation lines: one object per line.</summary>
    public static JsonSerializerOptions Line { get; } = new(Indented) { WriteIndented = false };

    public static string Serialize(RunRecord run) => JsonSerializer.Serialize(run, Indented);

    public static RunRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<RunRecord>(json, Indented) ?? throw new JsonException("run.json holds null.");

    public static string SerializeLine(ConversationResult result) => JsonSerializer.Serialize(result, Line);

    public static ConversationResult DeserializeLine(string line) =>
        JsonSerializer.Deserialize<ConversationResult>(line, Line) ?? throw new JsonException("the line holds null.");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RunRecord))]
[JsonSerializable(typeof(ConversationResult))]
internal sealed partial class RunJsonContext : JsonSerializerContext;
