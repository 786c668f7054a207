using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AgentSupport.Workbench.Analysis.Exports;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>Writes <c>comparison.json</c>: indented, snake_case keys, accents and arrows kept readable.</summary>
public static class ComparisonJson
{
    public const string FileName = "comparison.json";

    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ComparisonJsonContext.Default,
    };

    public static string Serialize(ComparisonResult result) => JsonSerializer.Serialize(result, Options);

    public static async Task WriteAsync(string directory, ComparisonResult result, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await AtomicFile.WriteAllTextAsync(Path.Combine(directory, FileName), Serialize(result) + "\n", cancellationToken);
    }
}

[JsonSerializable(typeof(ComparisonResult))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext;
