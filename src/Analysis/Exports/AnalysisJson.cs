using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace AgentSupport.Workbench.Analysis.Exports;

/// <summary>
/// The one place where analysis results become JSON: <c>analyze --json</c>, <c>analysis.json</c> and the Web API
/// all go through these options, so they print the same keys and the same numbers.
/// </summary>
public static class AnalysisJson
{
    /// <summary>Indented, source-generated, and readable for Spanish text (no \u escapes for accents).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = AnalysisJsonContext.Default,
    };

    /// <summary>The <c>--json</c> document: exactly the keys of <see cref="AnalysisResult"/>.</summary>
    public static string Serialize(AnalysisResult result) => JsonSerializer.Serialize(result, TypeInfo<AnalysisResult>());

    /// <summary>The <c>analysis.json</c> export: the <c>--json</c> object plus the other breakdowns, the bad lines with their reasons and the warnings.</summary>
    public static JsonObject ToExportDocument(AnalysisReport report)
    {
        var document = ToNode(report.Result).AsObject();
        document["by_channel"] = ToNode(report.ByChannel);
        document["by_tone"] = ToNode(report.ByTone);
        document["by_language"] = ToNode(report.ByLanguage);
        document["bad_line_details"] = ToNode(report.BadLines);
        document["n_warnings"] = report.WarningCount;
        document["warnings"] = ToNode(report.Warnings);
        return document;
    }

    public static async Task WriteExportDocumentAsync(Stream output, AnalysisReport report, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        ToExportDocument(report).WriteTo(writer, Options);
        await writer.FlushAsync(cancellationToken);
    }

    // The contract bound to Options (indentation, encoder), looked up without reflection so that it also works ahead of time.
    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonNode ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, TypeInfo<T>())!;
}
