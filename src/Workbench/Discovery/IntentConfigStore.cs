using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSupport.Workbench.Analysis.Intents;

namespace AgentSupport.Workbench.Discovery;

/// <summary>One decision on a candidate intent, as the audit trail keeps it.</summary>
public sealed record IntentDecision(DateTimeOffset At, string By, string Action, string Name, string? Pattern, string? Tool, string? Description, string? Reason, string? Discovery);

/// <summary>
/// An editable intents configuration file and the audit trail of the decisions taken on candidate intents, a JSON
/// line each in <c>intents-audit.jsonl</c> beside it. Until the first accepted candidate the file does not exist and
/// the built-in table is in force; accepting one writes the built-in table plus the new intent. Writes are atomic
/// (a temporary file moved over the old one) and serialised, so a reader never sees half a table.
/// </summary>
public sealed class IntentConfigStore(string path, TimeProvider time)
{
    public const string AuditFile = "intents-audit.jsonl";
    public const int DefaultEffort = 2;

    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string ConfigPath { get; } = path;

    public string AuditPath => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ConfigPath))!, AuditFile);

    /// <summary>The intents in force: the file when it exists, else the built-in table.</summary>
    public IntentCatalog Current(IntentMode mode = IntentMode.Words) =>
        File.Exists(ConfigPath) ? IntentCatalog.Load(ConfigPath, mode) : IntentCatalog.Default(mode);

    /// <summary>Adds the candidate as an intent; its tool is the closest existing one, or a new tool named after it.</summary>
    /// <exception cref="InvalidOperationException">An intent of that name exists, or the table would be invalid (e.g. too many intents).</exception>
    public async Task<IntentDecision> AcceptAsync(IntentCandidate candidate, string by, string? discovery, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(candidate.Pattern.Pattern))
        {
            throw new InvalidOperationException($"'{candidate.Name}' has no pattern to match it by.");
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var document = await ReadDocumentAsync(cancellationToken);
            var intents = document["intents"]!.AsArray();
            if (intents.Any(i => i?["name"]?.GetValue<string>() == candidate.Name))
            {
                throw new InvalidOperationException($"There already is an intent named '{candidate.Name}'.");
            }

            var tool = candidate.ClosestTool ?? $"New tool: {candidate.Name}";
            intents.Add(new JsonObject
            {
                ["name"] = candidate.Name,
                ["effort"] = DefaultEffort,
                ["tool"] = tool,
                ["patterns"] = new JsonObject { ["words"] = candidate.Pattern.Pattern, ["seed"] = candidate.Pattern.Pattern },
            });
            var json = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            try
            {
                IntentCatalog.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), IntentMode.Words, "the new intent table");
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidOperationException(ex.Message, ex);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ConfigPath))!);
            var temporary = ConfigPath + ".tmp";
            await File.WriteAllTextAsync(temporary, json, cancellationToken);
            File.Move(temporary, ConfigPath, overwrite: true);
            return await AuditAsync(new IntentDecision(time.GetUtcNow(), by, "accept", candidate.Name, candidate.Pattern.Pattern, tool, candidate.Description, null, discovery), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IntentDecision> RejectAsync(IntentCandidate candidate, string by, string reason, string? discovery, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await AuditAsync(new IntentDecision(time.GetUtcNow(), by, "reject", candidate.Name, candidate.Pattern.Pattern, candidate.ClosestTool, candidate.Description, reason, discovery), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every decision, oldest first.</summary>
    public async Task<IReadOnlyList<IntentDecision>> ReadAuditAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(AuditPath))
        {
            return [];
        }

        var lines = await File.ReadAllLinesAsync(AuditPath, cancellationToken);
        return lines.Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<IntentDecision>(l, AuditJson)!).ToList();
    }

    private async Task<IntentDecision> AuditAsync(IntentDecision decision, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(AuditPath)!);
        await File.AppendAllTextAsync(AuditPath, JsonSerializer.Serialize(decision, AuditJson) + "\n", cancellationToken);
        return decision;
    }

    private async Task<JsonObject> ReadDocumentAsync(CancellationToken cancellationToken)
    {
        await using var stream = File.Exists(ConfigPath)
            ? File.OpenRead(ConfigPath)
            : typeof(IntentCatalog).Assembly.GetManifestResourceStream("AgentSupport.Workbench.intents.json")!;
        var node = await JsonNode.ParseAsync(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, cancellationToken: cancellationToken);
        return node as JsonObject ?? throw new InvalidDataException($"{ConfigPath}: the intent configuration is not a JSON object.");
    }
}
