using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Validation;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Conversations;
using AgentSupport.Workbench.Discovery;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Loop.Runs;
using MathNet.Numerics.Statistics;

namespace AgentSupport.Web.Workbench;

/// <summary>
/// The Workbench for the web app (HTTP API and admin pages): datasets in, runs driven in the background, decisions out.
/// Errors follow the loop's: <see cref="KeyNotFoundException"/> for a missing run, <see cref="InvalidOperationException"/>
/// for a step the run is not ready for (or a run busy in the background), <see cref="ArgumentException"/> naming the bad field.
/// </summary>
public sealed class WorkbenchService(
    DatasetStore datasets, WorkbenchLoop loop, DatabaseRunStore runs, WorkbenchRunner runner, IServiceScopeFactory scopes, TimeProvider time,
    IntentConfigStore intents)
{
    private static readonly TimeSpan ProgressPollInterval = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<string, PowerEstimate> _power = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<DatasetInfo>> ListDatasetsAsync(CancellationToken ct = default) => datasets.ListAsync(ct);

    public Task<DatasetInfo?> FindDatasetAsync(string id, CancellationToken ct = default) => datasets.FindAsync(id, ct);

    /// <summary>A dataset's file (<see cref="DatasetStore.ExportFiles"/> or the analysis summary), or null.</summary>
    public string? DatasetFile(string id, string file) => datasets.FileOf(id, file);

    /// <summary>The conversation of a dataset with that id, or null when the dataset or the conversation is not there.</summary>
    public async Task<DatasetConversation?> FindDatasetConversationAsync(string datasetId, string conversationId, CancellationToken ct = default) =>
        datasets.FileOf(datasetId, DatasetStore.ConversationsFile) is { } path ? await DatasetConversation.FindAsync(path, conversationId, ct) : null;

    /// <summary>Stores an uploaded JSONL stream as it arrives and analyses it.</summary>
    public Task<DatasetImport> ImportUploadAsync(string fileName, Stream content, CancellationToken ct = default) =>
        datasets.ImportAsync(fileName, DatasetInfo.UploadSource, (file, token) => content.CopyToAsync(file, token), Analyzer(), ct);

    /// <summary>Stores a copy of a conversation file the app ships, as the example dataset.</summary>
    public async Task<DatasetImport> ImportExampleAsync(string path, CancellationToken ct = default)
    {
        await using var content = File.OpenRead(path);
        return await datasets.ImportAsync(Path.GetFileName(path), DatasetInfo.ExampleSource, (file, token) => content.CopyToAsync(file, token), Analyzer(), ct);
    }

    /// <summary>Snapshots the live conversations created in [from, to] (optionally of one context) into a dataset.</summary>
    public async Task<DatasetImport> ImportLiveAsync(DateTime? from, DateTime? to, string? context, CancellationToken ct = default)
    {
        if (from is not null && to is not null && from > to) throw new ArgumentException("'from' must not be after 'to'.", "from");

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var name = $"live {from?.ToString("yyyy-MM-dd HH:mm") ?? "start"} to {to?.ToString("yyyy-MM-dd HH:mm") ?? $"{time.GetUtcNow():yyyy-MM-dd HH:mm}"}"
            + (string.IsNullOrWhiteSpace(context) ? "" : $" ({context})");
        return await datasets.ImportAsync(name, DatasetInfo.LiveSource,
            (file, token) => SeedJsonlWriter.WriteAsync(file, ConversationExport.ReadAsync(db, time, from, to, context, token), token), Analyzer(), ct);
    }

    /// <summary>
    /// Creates a run on a dataset and starts it in the background: proposal, then (with <paramref name="autoApproveAs"/>)
    /// approval, regeneration, judging, comparison and export; without it the run stops awaiting approval.
    /// </summary>
    public async Task<RunRecord> StartRunAsync(string datasetId, RunParameters parameters, string? autoApproveAs, CancellationToken ct = default)
    {
        var conversations = datasets.FileOf(datasetId, DatasetStore.ConversationsFile)
            ?? throw new ArgumentException($"There is no dataset {datasetId}.", "datasetId");
        var report = await Analyzer().AnalyzeFileAsync(conversations, cancellationToken: ct);
        RunRecord run;
        try
        {
            run = await loop.StartAsync(report, parameters with { Dataset = datasetId }, ct);
        }
        catch (PromptNotFoundException ex)
        {
            throw new ArgumentException(ex.Message, "baselineVersion", ex);
        }
        runner.TryEnqueue(run, autoApproveAs);
        return run;
    }

    /// <summary>
    /// How large a run on the dataset must be to detect the configured minimum effect; null when there is no such
    /// dataset. Datasets never change, so each is read once.
    /// </summary>
    public async Task<PowerEstimate?> PowerEstimateAsync(string datasetId, CancellationToken ct = default)
    {
        if (_power.TryGetValue(datasetId, out var known)) return known;
        if (datasets.FileOf(datasetId, DatasetStore.ConversationsFile) is not { } path) return null;
        var metrics = loop.Analyzer.Settings.Metrics;
        var composites = new RunningStatistics();
        var report = await Analyzer().AnalyzeFileAsync(path, onConversation: c => composites.Push(PowerEstimate.CompositeOf(c, metrics)), cancellationToken: ct);
        var contexts = ScenarioPlanner.MirrorOf(report, perContext: 1, seed: 0).Contexts.Count;
        return _power.GetOrAdd(datasetId, PowerEstimate.From(composites, contexts, loop.Comparison));
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(CancellationToken ct = default) => await runs.ListAsync(ct);

    /// <summary>Which run produced each of the prompt's versions, with its verdict and whether it was rejected.</summary>
    public async Task<IReadOnlyDictionary<int, VersionOrigin>> VersionOriginsAsync(string promptId, CancellationToken ct = default) =>
        VersionOrigin.Of(promptId, await runs.ListAsync(ct));

    public Task<RunRecord?> FindRunAsync(string runId, CancellationToken ct = default) => runs.FindAsync(runId, ct);

    /// <summary>The progress of a run queued or running in the background, or null when it is neither.</summary>
    public RunProgressEvent? ActiveProgress(string runId) => runner.Find(runId)?.Latest;

    /// <summary>The export files a run holds now, by name.</summary>
    public IReadOnlyList<string> RunExportsOf(string runId) =>
        RunDocument.ExportFiles.Where(f => File.Exists(Path.Combine(runs.FolderOf(runId), f))).ToList();

    /// <summary>A run's export file (<see cref="RunDocument.ExportFiles"/>), or null.</summary>
    public string? RunFile(string runId, string file) =>
        RunDocument.ExportFiles.Contains(file) && RunExportsOf(runId).Contains(file) ? Path.Combine(runs.FolderOf(runId), file) : null;

    /// <summary>Approves the proposal, or the admin's edit of it, as the candidate version, and goes on in the background.</summary>
    /// <exception cref="PromptValidationException">The changes make no valid version (problems with line and column).</exception>
    public async Task<RunRecord> ApproveAsync(string runId, string by, ProposalEdit? edit, CancellationToken ct = default)
    {
        var run = await IdleRunAsync(runId, ct);
        PromptChanges? changes = null;
        if (edit is { IsEmpty: false })
        {
            var proposal = run.ProposalResponse is { } response ? ProposalJson.Deserialize(response.ToJsonString()) : null;
            changes = edit.ApplyTo(proposal?.PromptChanges ?? throw new InvalidOperationException($"Run {runId} has no proposal to edit."));
        }

        var approved = await loop.ApproveAsync(runId, by, changes, ct);
        runner.TryEnqueue(approved, autoApproveAs: null);
        return approved;
    }

    /// <summary>Takes a cancelled, failed or interrupted run further in the background.</summary>
    public async Task<RunRecord> ResumeAsync(string runId, string? autoApproveAs, CancellationToken ct = default)
    {
        var run = await IdleRunAsync(runId, ct);
        if (!RunDocument.IsResumable(run) && !(run.Status == RunStatus.AwaitingApproval && autoApproveAs is not null))
            throw new InvalidOperationException($"Run {runId} is {run.Status.Describe()}; there is nothing to resume.");
        if (!runner.TryEnqueue(run, autoApproveAs)) throw Busy(runId);
        return run;
    }

    /// <summary>Cancels a queued or running run; false when it is neither. What it finished is kept.</summary>
    public bool Cancel(string runId) => runner.Cancel(runId);

    /// <exception cref="AgentSupport.Workbench.Loop.Candidates.PromotionRefusedException">The verdict does not allow the promotion as asked.</exception>
    public async Task<RunRecord> PromoteAsync(string runId, string by, bool force, string? reason, bool acceptTradeOff = false, CancellationToken ct = default)
    {
        await IdleRunAsync(runId, ct);
        return await loop.PromoteAsync(runId, by, force, reason, acceptTradeOff, ct);
    }

    public Task<IReadOnlyList<AgentSupport.Workbench.Loop.Comparison.TranscriptPair>> SamplesAsync(string runId, CancellationToken ct = default) =>
        loop.SamplesAsync(runId, ct);

    public async Task<RunRecord> RejectAsync(string runId, string by, string reason, CancellationToken ct = default)
    {
        await IdleRunAsync(runId, ct);
        return await loop.RejectAsync(runId, by, reason, ct);
    }

    /// <summary>The run's progress whenever it changes, ending with the run's final state once it stops.</summary>
    public async IAsyncEnumerable<RunProgressEvent> WatchAsync(string runId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        RunProgressEvent? last = null;
        while (true)
        {
            var current = ActiveProgress(runId) ?? await StoppedProgressAsync(runId, ct);
            if (current != last) yield return current;
            if (!current.Active) yield break;
            last = current;
            await Task.Delay(ProgressPollInterval, time, ct);
        }
    }

    private async Task<RunProgressEvent> StoppedProgressAsync(string runId, CancellationToken ct)
    {
        var run = await runs.FindAsync(runId, ct) ?? throw new KeyNotFoundException($"There is no run {runId}.");
        var results = (await runs.ReadResultsAsync(runId, ct)).Results;
        return new RunProgressEvent(runId, run.Status, run.Status.Describe(), results.Count, run.Scenarios.Count * 2,
            results.Count(r => r.Failed), Active: false, run.Failure);
    }

    /// <summary>A run nothing drives now, which an admin may take further or decide on: never an example.</summary>
    private async Task<RunRecord> IdleRunAsync(string runId, CancellationToken ct)
    {
        var run = await runs.FindAsync(runId, ct) ?? throw new KeyNotFoundException($"There is no run {runId}.");
        if (run.Parameters.Example) throw new InvalidOperationException($"Run {runId} is an example of what a run produces; start a run of your own to change a prompt.");
        return runner.Find(runId) is null ? run : throw Busy(runId);
    }

    /// <summary>The loop's analysis on the intents table in force, so accepted intents reach the ranking and the proposer.</summary>
    private ConversationAnalyzer Analyzer() => new(loop.Analyzer.Settings with { Intents = intents.Current() });

    private static InvalidOperationException Busy(string runId) =>
        new($"Run {runId} is running in the background; wait for it to stop or cancel it.");
}
