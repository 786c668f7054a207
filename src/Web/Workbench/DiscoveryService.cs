using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Agent.Model;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Workbench.Conversations;
using AgentSupport.Workbench.Discovery;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace AgentSupport.Web.Workbench;

/// <summary>What an admin decided about a candidate so far.</summary>
public enum CandidateStatus
{
    Open,
    Accepted,
    Rejected,
    Merged,
}

/// <summary>A stored discovery: where its conversations came from, what it found and the decisions taken on its candidates.</summary>
public sealed record DiscoveryRecord(string Id, string Source, DateTimeOffset CreatedAt, DiscoveryResult Result, IReadOnlyDictionary<string, CandidateStatus> Status)
{
    public CandidateStatus StatusOf(string candidate) => Status.GetValueOrDefault(candidate, CandidateStatus.Open);
}

/// <summary>
/// Intent discovery for the admin console: runs a discovery on a dataset or the live conversations, keeps it under the
/// data folder's <c>discoveries</c>, and lets an admin rename, merge, accept (into the app's intents table, audited) or
/// reject (audited) its candidates. The web app offers the tfidf and provider representations; MiniLM only where its
/// project is part of the build. Errors: <see cref="KeyNotFoundException"/> (404), <see cref="ArgumentException"/> (400),
/// <see cref="InvalidOperationException"/> (409).
/// </summary>
public sealed partial class DiscoveryService(
    DatasetStore datasets, IntentConfigStore intents, DataFolder data, IServiceScopeFactory scopes, TimeProvider time,
    ModelClientFactory models, IOptions<ModelOptions> modelOptions, IHttpClientFactory http, IConfiguration configuration)
{
    public const string LiveSource = "live";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private readonly string _root = data.Folder("discoveries");

    public IntentConfigStore Intents => intents;

    public async Task<DiscoveryRecord> DiscoverAsync(DiscoveryRequest request, CancellationToken ct = default)
    {
        var source = request.DatasetId ?? LiveSource;
        DiscoveryInput input;
        if (request.DatasetId is { } datasetId)
        {
            var file = datasets.FileOf(datasetId, DatasetStore.ConversationsFile) ?? throw new ArgumentException($"There is no dataset {datasetId}.", "datasetId");
            await using var stream = File.OpenRead(file);
            input = await DiscoveryInputReader.ReadJsonlAsync(stream, cancellationToken: ct);
        }
        else
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var buffer = new MemoryStream();
            await SeedJsonlWriter.WriteAsync(buffer, ConversationExport.ReadAsync(db, time, null, null, null, ct), ct);
            buffer.Position = 0;
            input = await DiscoveryInputReader.ReadJsonlAsync(buffer, cancellationToken: ct);
        }

        using var embedder = CreateEmbedder(request.Embedder ?? DiscoveryEmbedders.Tfidf, request.Seed);
        ICandidateNamer namer = models.Provider == ModelProvider.Offline ? new TermsCandidateNamer() : new ModelCandidateNamer(models.CreateChatClient());
        var result = await new IntentDiscoverer(embedder, request.Embedder ?? DiscoveryEmbedders.Tfidf, intents.Current(), namer)
            .DiscoverAsync(input.Conversations, new DiscoveryOptions { K = request.K, Seed = request.Seed, AllMessages = request.AllMessages }, ct);
        var createdAt = time.GetUtcNow();
        var record = new DiscoveryRecord($"disc-{createdAt:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}", source, createdAt, result,
            new Dictionary<string, CandidateStatus>());
        await SaveAsync(record, ct);
        return record;
    }

    /// <summary>Every discovery, newest first, without its messages.</summary>
    public async Task<IReadOnlyList<DiscoveryRecord>> ListAsync(CancellationToken ct = default)
    {
        var records = new List<DiscoveryRecord>();
        foreach (var file in Directory.EnumerateFiles(_root, "disc-*.json"))
        {
            records.Add(await ReadAsync(file, ct));
        }

        return records.OrderByDescending(r => r.CreatedAt).ToList();
    }

    public async Task<DiscoveryRecord> FindAsync(string id, CancellationToken ct = default) =>
        FileOf(id) is { } file && File.Exists(file) ? await ReadAsync(file, ct) : throw new KeyNotFoundException($"There is no discovery {id}.");

    public Task<DiscoveryRecord> RenameAsync(string id, string candidateId, string name, string? description, CancellationToken ct = default) =>
        UpdateAsync(id, ct, record =>
        {
            var candidate = Open(record, candidateId);
            var clean = CheckName(name);
            return Task.FromResult(Replace(record, candidateId, candidate with { Name = clean, Description = string.IsNullOrWhiteSpace(description) ? candidate.Description : description.Trim() }));
        });

    /// <summary>Joins open candidates into a new one (measured anew on the set); the merged ones are marked as such.</summary>
    public Task<DiscoveryRecord> MergeAsync(string id, IReadOnlyList<string> candidateIds, CancellationToken ct = default) =>
        UpdateAsync(id, ct, async record =>
        {
            var ids = candidateIds.Distinct().ToList();
            if (ids.Count < 2) throw new ArgumentException("Choose at least two candidates to merge.", "candidates");
            var merged = ids.Select(c => Open(record, c)).ToList();
            var newId = $"c{record.Result.Candidates.Select(c => int.TryParse(c.Id.AsSpan(1), out var n) ? n : 0).DefaultIfEmpty().Max() + 1}";
            var candidate = await IntentDiscoverer.MergeAsync(record.Result, merged, newId, new TermsCandidateNamer(), ct);
            var status = new Dictionary<string, CandidateStatus>(record.Status);
            foreach (var c in ids) status[c] = CandidateStatus.Merged;
            return record with { Result = record.Result with { Candidates = [.. record.Result.Candidates, candidate] }, Status = status };
        });

    public Task<DiscoveryRecord> AcceptAsync(string id, string candidateId, string by, CancellationToken ct = default) =>
        UpdateAsync(id, ct, async record =>
        {
            await intents.AcceptAsync(Open(record, candidateId), by, record.Id, ct);
            return WithStatus(record, candidateId, CandidateStatus.Accepted);
        });

    public Task<DiscoveryRecord> RejectAsync(string id, string candidateId, string by, string reason, CancellationToken ct = default) =>
        UpdateAsync(id, ct, async record =>
        {
            await intents.RejectAsync(Open(record, candidateId), by, reason, record.Id, ct);
            return WithStatus(record, candidateId, CandidateStatus.Rejected);
        });

    private IEmbeddingGenerator<string, Embedding<float>> CreateEmbedder(string name, int seed)
    {
        try
        {
            return name switch
            {
                DiscoveryEmbedders.Tfidf => new TfidfEmbeddingGenerator(seed: seed),
                DiscoveryEmbedders.Provider => DiscoveryEmbedders.CreateProvider(
                    modelOptions.Value, http.CreateClient(ModelClientFactory.HttpClientName), configuration["Discovery:EmbeddingModel"]),
                DiscoveryEmbedders.MiniLm => DiscoveryEmbedders.CreateMiniLm(),
                _ => throw new ArgumentException($"'{name}' is not one of {string.Join(", ", DiscoveryEmbedders.Names)}.", "embedder"),
            };
        }
        catch (InvalidOperationException ex)
        {
            throw new ArgumentException(ex.Message, "embedder", ex);
        }
    }

    private async Task<DiscoveryRecord> UpdateAsync(string id, CancellationToken ct, Func<DiscoveryRecord, Task<DiscoveryRecord>> change)
    {
        await Gate.WaitAsync(ct);
        try
        {
            var updated = await change(await FindAsync(id, ct));
            await SaveAsync(updated, ct);
            return updated;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static IntentCandidate Open(DiscoveryRecord record, string candidateId)
    {
        var candidate = record.Result.Candidates.FirstOrDefault(c => c.Id == candidateId)
            ?? throw new KeyNotFoundException($"Discovery {record.Id} has no candidate {candidateId}.");
        var status = record.StatusOf(candidateId);
        return status == CandidateStatus.Open ? candidate : throw new InvalidOperationException($"Candidate {candidateId} is already {status.ToString().ToLowerInvariant()}.");
    }

    private static DiscoveryRecord Replace(DiscoveryRecord record, string candidateId, IntentCandidate candidate) =>
        record with { Result = record.Result with { Candidates = record.Result.Candidates.Select(c => c.Id == candidateId ? candidate : c).ToList() } };

    private static DiscoveryRecord WithStatus(DiscoveryRecord record, string candidateId, CandidateStatus status) =>
        record with { Status = new Dictionary<string, CandidateStatus>(record.Status) { [candidateId] = status } };

    private static string CheckName(string name)
    {
        var clean = name.Trim();
        return NamePattern().IsMatch(clean)
            ? clean
            : throw new ArgumentException("A name is 1 to 60 lower-case letters, digits or underscores, starting with a letter.", "name");
    }

    private async Task SaveAsync(DiscoveryRecord record, CancellationToken ct)
    {
        var file = FileOf(record.Id)!;
        var temporary = file + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(record, DiscoveryJson.Options), ct);
        File.Move(temporary, file, overwrite: true);
    }

    private static async Task<DiscoveryRecord> ReadAsync(string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        return await JsonSerializer.DeserializeAsync<DiscoveryRecord>(stream, DiscoveryJson.Options, ct) ?? throw new InvalidDataException($"{file} is empty.");
    }

    private string? FileOf(string id) => IdPattern().IsMatch(id) ? Path.Combine(_root, id + ".json") : null;

    [GeneratedRegex("^disc-[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex NamePattern();
}

public sealed record DiscoveryRequest(string? DatasetId = null, int? K = null, string? Embedder = null, bool AllMessages = false, int Seed = 42);
