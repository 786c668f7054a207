using System.Text;
using System.Text.Json;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>
/// Runs as folders: <c>&lt;root&gt;/&lt;run id&gt;/run.json</c>, replaced atomically (write aside, then rename), and
/// <c>conversations.jsonl</c>, one result per line, appended and flushed to disk before the next, so a crash can cut
/// at most the last line, which reading then reports and skips.
/// </summary>
public sealed class FileRunStore : IRunStore
{
    public const string RunFile = "run.json";
    public const string ResultsFile = "conversations.jsonl";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SemaphoreSlim _appendGate = new(1, 1);

    public FileRunStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The folder of a run, where its exports are written too.</summary>
    public string FolderOf(string runId)
    {
        if (runId.Length == 0 || runId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || runId.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{runId}' is not a valid run id.", nameof(runId));
        }

        return Path.Combine(Root, runId);
    }

    public async Task CreateAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        var folder = FolderOf(run.Id);
        if (File.Exists(Path.Combine(folder, RunFile)))
        {
            throw new InvalidOperationException($"Run {run.Id} exists already.");
        }

        Directory.CreateDirectory(folder);
        await WriteRecordAsync(folder, run, cancellationToken);
    }

    public async Task SaveAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        var folder = FolderOf(run.Id);
        if (!File.Exists(Path.Combine(folder, RunFile)))
        {
            throw new KeyNotFoundException($"There is no run {run.Id} in {Root}.");
        }

        await WriteRecordAsync(folder, run, cancellationToken);
    }

    public async Task AppendResultAsync(string runId, ConversationResult result, CancellationToken cancellationToken = default)
    {
        var line = Utf8.GetBytes(RunJson.SerializeLine(result) + "\n");
        await _appendGate.WaitAsync(cancellationToken);
        try
        {
            await using var file = new FileStream(Path.Combine(FolderOf(runId), ResultsFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            await TerminateCutLineAsync(file);
            await file.WriteAsync(line, CancellationToken.None);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            _appendGate.Release();
        }
    }

    public async Task<RunRecord?> FindAsync(string runId, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(FolderOf(runId), RunFile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return RunJson.Deserialize(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    public async Task<RunResults> ReadResultsAsync(string runId, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(FolderOf(runId), ResultsFile);
        if (!File.Exists(path))
        {
            return new RunResults([], []);
        }

        var latest = new Dictionary<(string, Arm), ConversationResult>();
        var problems = new List<string>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, Utf8, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var result = RunJson.DeserializeLine(line);
                latest[result.Key] = result;
            }
            catch (JsonException ex)
            {
                problems.Add($"{path}: line {number} skipped: {ex.Message}");
            }
        }

        return new RunResults(latest.Values.ToArray(), problems);
    }

    public async Task<IReadOnlyList<RunRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var runs = new List<RunRecord>();
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (await FindAsync(Path.GetFileName(folder), cancellationToken) is { } run)
            {
                runs.Add(run);
            }
        }

        return runs.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Positions at the end, first closing a line a crash left unfinished, so the cut line stays one unreadable line
    /// instead of swallowing the next result.
    /// </summary>
    private static async Task TerminateCutLineAsync(FileStream file)
    {
        if (file.Length > 0)
        {
            file.Seek(-1, SeekOrigin.End);
            var last = new byte[1];
            await file.ReadExactlyAsync(last);
            if (last[0] != (byte)'\n')
            {
                await file.WriteAsync("\n"u8.ToArray());
            }
        }

        file.Seek(0, SeekOrigin.End);
    }

    private static async Task WriteRecordAsync(string folder, RunRecord run, CancellationToken cancellationToken)
    {
        var target = Path.Combine(folder, RunFile);
        var aside = target + ".new";
        await File.WriteAllTextAsync(aside, RunJson.Serialize(run) + "\n", Utf8, cancellationToken);
        File.Move(aside, target, overwrite: true);
    }
}
