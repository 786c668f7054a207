using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;

namespace AgentSupport.Web.Workbench;

/// <summary>
/// Datasets on disk, one folder each under the data folder's <c>datasets</c>: the conversations as received, the
/// analysis summary (the CLI's <c>--json</c> document) and its export files. A folder counts as a dataset only once
/// its <c>dataset.json</c> is written, so a half-imported upload is never listed.
/// </summary>
public sealed partial class DatasetStore(DataFolder data, TimeProvider time)
{
    public const string ConversationsFile = "conversations.jsonl";
    public const string AnalysisResultFile = "analysis-result.json";
    private const string InfoFile = "dataset.json";
    private const int ListedBadLines = 50;
    private const int NameMaxLength = 200;

    /// <summary>The export files a dataset serves; a URL can only name one of these.</summary>
    public static readonly IReadOnlyList<string> ExportFiles = [AnalysisExports.RankingFile, AnalysisExports.BaselineMetaFile, AnalysisExports.AnalysisFile];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _root = data.Folder("datasets");

    /// <summary>Writes the conversations with <paramref name="write"/> straight to disk, analyses them and keeps them when any line is a conversation.</summary>
    public async Task<DatasetImport> ImportAsync(
        string name, string source, Func<Stream, CancellationToken, Task> write, ConversationAnalyzer analyzer, CancellationToken ct)
    {
        var createdAt = time.GetUtcNow();
        var id = $"ds-{createdAt:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        var folder = Directory.CreateDirectory(Path.Combine(_root, id)).FullName;
        try
        {
            var conversations = Path.Combine(folder, ConversationsFile);
            await using (var file = new FileStream(conversations, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await write(file, ct);
            }

            AnalysisReport report;
            using (var meta = ConversationMetaCsvWriter.Create(Path.Combine(folder, AnalysisExports.BaselineMetaFile)))
            {
                report = await analyzer.AnalyzeFileAsync(conversations, onConversation: meta.Write, cancellationToken: ct);
            }

            var badLines = report.BadLines.Take(ListedBadLines).ToArray();
            if (report.Result.NValid == 0)
            {
                Directory.Delete(folder, recursive: true);
                return new DatasetImport(null, report.Result.NBadLines, badLines);
            }

            await AnalysisExports.WriteAsync(report, folder, ct);
            await AtomicFile.WriteAllTextAsync(Path.Combine(folder, AnalysisResultFile), AnalysisJson.Serialize(report.Result), ct);
            var info = new DatasetInfo(id, CleanName(name), source, createdAt, new FileInfo(conversations).Length,
                report.Result.NValid, report.Result.NBadLines, badLines);
            // Written last and whole: a dataset is listed once its info file exists, so a crash before leaves none.
            await AtomicFile.WriteAllTextAsync(Path.Combine(folder, InfoFile), JsonSerializer.Serialize(info, Json), ct);
            return new DatasetImport(info, report.Result.NBadLines, badLines);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>Every dataset, newest first.</summary>
    public async Task<IReadOnlyList<DatasetInfo>> ListAsync(CancellationToken ct)
    {
        var datasets = new List<DatasetInfo>();
        foreach (var folder in Directory.EnumerateDirectories(_root))
        {
            if (await ReadInfoAsync(folder, ct) is { } info) datasets.Add(info);
        }
        return datasets.OrderByDescending(d => d.CreatedAt).ToList();
    }

    public async Task<DatasetInfo?> FindAsync(string id, CancellationToken ct) =>
        FolderOf(id) is { } folder ? await ReadInfoAsync(folder, ct) : null;

    /// <summary>A file of a stored dataset, or null when the id or the file name is not one this store knows.</summary>
    public string? FileOf(string id, string file)
    {
        if (file is not (ConversationsFile or AnalysisResultFile) && !ExportFiles.Contains(file)) return null;
        return FolderOf(id) is { } folder && File.Exists(Path.Combine(folder, InfoFile)) ? Path.Combine(folder, file) : null;
    }

    private string? FolderOf(string id) => IdPattern().IsMatch(id) && Directory.Exists(Path.Combine(_root, id)) ? Path.Combine(_root, id) : null;

    private static async Task<DatasetInfo?> ReadInfoAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, InfoFile);
        if (!File.Exists(path)) return null;
        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DatasetInfo>(file, Json, ct);
    }

    /// <summary>Only a display name: the file name the browser sent, without any folder part.</summary>
    private static string CleanName(string name)
    {
        var clean = Path.GetFileName(name.Replace('\\', '/')).Trim();
        if (clean.Length == 0) clean = ConversationsFile;
        return clean.Length > NameMaxLength ? clean[..NameMaxLength] : clean;
    }

    [GeneratedRegex("^ds-[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")]
    private static partial Regex IdPattern();
}
