using System.Text.Json.Serialization;
using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Web.Workbench;

/// <summary>A stored conversation set: where it came from, its size and how many of its lines were conversations.</summary>
public sealed record DatasetInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("n_valid")] long NValid,
    [property: JsonPropertyName("n_bad_lines")] long NBadLines,
    [property: JsonPropertyName("bad_lines")] IReadOnlyList<BadLine> BadLines)
{
    public const string UploadSource = "upload";
    public const string LiveSource = "live";
    public const string ExampleSource = "example";
}

/// <summary>The outcome of an import: the dataset, or null when no line was a conversation (nothing is kept then).</summary>
public sealed record DatasetImport(DatasetInfo? Dataset, long NBadLines, IReadOnlyList<BadLine> BadLines);
