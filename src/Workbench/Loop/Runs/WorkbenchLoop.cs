using System.Security.Cryptography;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Telemetry;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Judging;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Privacy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>
/// The Workbench loop over persisted runs: start (from an analysed dataset), propose, approve, regenerate and judge,
/// compare, export, promote or reject. Every step reads the run from the store and saves it back, so steps can be
/// called by different requests or processes, and a run interrupted by a crash or a cancellation resumes where it
/// stopped (finished conversations are not redone). <see cref="ContinueAsync"/> drives a run as far as it can go.
/// </summary>
public sealed class WorkbenchLoop(
    IRunStore runs,
    FilePromptStore prompts,
    ICustomerAgent agent,
    WorkbenchModels models,
    SandboxScenario fixture,
    ILoggerFactory loggerFactory,
    WorkbenchLoopOptions? options = null,
    TimeProvider? time = null,
    IRunRegeneration? regeneration = null)
{
    public const string SimulatorPromptId = "customer-simulator";
    public const string JudgePromptId = "judge";
    public const string ProposerPromptId = "proposer";

    private readonly WorkbenchLoopOptions _options = options ?? new WorkbenchLoopOptions();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    // The proposer, the simulated customer and the judge see conversation text; the agent under test is not wrapped,
    // since it answers the simulated customer as the live agent answers a real one.
    private readonly IChatClient _simulator = new PersonalDataRedactingChatClient(models.Simulator);
    private readonly IChatClient _judge = new PersonalDataRedactingChatClient(models.Judge);
    private readonly IChatClient _proposer = new PersonalDataRedactingChatClient(models.Proposer);
    private readonly ILogger _logger = loggerFactory.CreateLogger<WorkbenchLoop>();

    public ConversationAnalyzer Analyzer { get; } = new((options ?? new WorkbenchLoopOptions()).Analysis);

    /// <summary>How runs are compared, and the minimum effect they are sized for.</summary>
    public ComparisonSettings Comparison => _options.Comparison;

    /// <summary>Creates a run from an analysed dataset: prompt versions fixed, scenarios planned to mirror the dataset.</summary>
    public async Task<RunRecord> StartAsync(AnalysisReport dataset, RunParameters parameters, CancellationToken cancellationToken = default)
    {
        parameters.Validate();
        if (dataset.Result.NValid == 0)
        {
            throw new ArgumentException("The dataset has no valid conversation to learn from.", nameof(dataset));
        }

        var production = TryResolve(parameters.PromptId, PromptLabels.Production);
        var baseline = parameters.BaselineVersion is { } number ? prompts.Get(parameters.PromptId, number) : prompts.Resolve(parameters.PromptId);
        var now = _time.GetUtcNow();
        var run = new RunRecord
        {
            Id = $"run-{now:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}",
            CreatedAt = now,
            UpdatedAt = now,
            Status = RunStatus.Created,
            Parameters = parameters,
            Model = models.Record,
            Prompts = new RunPromptVersions
            {
                Baseline = baseline.Number,
                ProductionAtStart = production?.Number,
                Simulator = prompts.Resolve(SimulatorPromptId).Number,
                Judge = prompts.Resolve(JudgePromptId).Number,
                Proposer = prompts.Resolve(ProposerPromptId).Number,
            },
            DatasetAnalysis = dataset.Result,
            ProposerInputs = ProposerInputs.From(dataset, baseline),
            Scenarios = ScenarioPlanner.Plan(fixture, ScenarioPlanner.MirrorOf(dataset, parameters.PerContext, parameters.Seed)),
        };
        await runs.CreateAsync(run, cancellationToken);
        _logger.LogInformation("Run {RunId} created: {Scenarios} scenarios, baseline v{Baseline}", run.Id, run.Scenarios.Count, baseline.Number);
        return run;
    }

    /// <summary>Asks the proposer; a run whose proposal failed records why and can ask again.</summary>
    /// <exception cref="ProposalFailedException">No valid proposal; the run is saved as failed with every attempt.</exception>
    public async Task<RunRecord> ProposeAsync(string runId, CancellationToken cancellationToken = default)
    {
        var run = await LoadAsync(runId, RunStatus.Created, RunStatus.AwaitingApproval);
        var baseline = prompts.Get(run.Parameters.PromptId, run.Prompts.Baseline);
        var validator = new ProposalValidator(PluginCatalog.Names)
        {
            CandidateCheck = changes => CandidateComposer.Check(baseline, changes, prompts.Validator),
        };
        var proposer = new Proposer(_proposer, new ProposerOptions
        {
            MaxAttempts = _options.ProposerAttempts, Language = run.Parameters.ProposalLanguage, CallTimeout = _options.ProposerTimeout,
        });
        using var span = AgentSupportTelemetry.Source.StartActivity(AgentSupportTelemetry.ProposeSpan)?.SetTag(AgentSupportTelemetry.RunIdTag, run.Id);
        try
        {
            var outcome = await proposer.ProposeAsync(prompts.Get(ProposerPromptId, run.Prompts.Proposer), run.ProposerInputs, validator, cancellationToken);
            AgentSupportTelemetry.TokensUsed(span, ModelRoles.Proposer, outcome.Usage);
            return await SaveAsync(run with
            {
                Status = RunStatus.AwaitingApproval,
                ProposalResponse = outcome.Response,
                ProposalAttempts = outcome.Attempts,
                ProposerUsage = TokenCounts.Add(run.ProposerUsage, outcome.Usage),
            }, cancellationToken);
        }
        catch (ProposalFailedException ex)
        {
            await FailAsync(run with { ProposalAttempts = ex.Attempts }, RunStatus.Created, ex);
            throw;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The model timed out or stayed down: the run says so instead of staying "created".
            await FailAsync(run, RunStatus.Created, ex);
            throw new RunFailedException(run.Id, $"the proposer failed: {ex.Message}", ex);
        }
    }

    /// <summary>Approves the proposal's prompt changes, or the admin's edit of them: a new version labelled candidate.</summary>
    /// <exception cref="PromptValidationException">The changes make no valid version; the run still awaits approval.</exception>
    public async Task<RunRecord> ApproveAsync(string runId, string approvedBy, PromptChanges? edited = null, CancellationToken cancellationToken = default)
    {
        var run = await LoadAsync(runId, RunStatus.AwaitingApproval);
        var changes = edited ?? ProposalJson.Deserialize(run.ProposalResponse!.ToJsonString())!.PromptChanges;
        var candidate = new CandidateApprover(prompts).Approve(run.Parameters.PromptId, run.Prompts.Baseline, changes, approvedBy, $"approved in Workbench run {run.Id}");
        return await SaveAsync(run with
        {
            Status = RunStatus.Approved,
            ApprovedChanges = changes,
            ApprovedBy = approvedBy,
            Prompts = run.Prompts with { Candidate = candidate.Number },
        }, cancellationToken);
    }

    /// <summary>
    /// Regenerates and judges every scenario with both versions, skipping conversations the run already holds. A
    /// cancellation leaves the run approved with what it finished, ready to resume.
    /// </summary>
    public async Task<RunRecord> RegenerateAsync(string runId, IProgress<RegenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var run = await LoadAsync(runId, RunStatus.Approved);
        var stored = await runs.ReadResultsAsync(runId, cancellationToken);
        foreach (var problem in stored.Problems)
        {
            _logger.LogWarning("Run {RunId}: {Problem}; the conversation is regenerated", runId, problem);
        }

        var regenerationPrompts = new RegenerationPrompts(
            prompts.Get(run.Parameters.PromptId, run.Prompts.Baseline),
            prompts.Get(run.Parameters.PromptId, run.Prompts.Candidate!.Value),
            prompts.Get(SimulatorPromptId, run.Prompts.Simulator),
            prompts.Get(JudgePromptId, run.Prompts.Judge));
        try
        {
            var done = stored.Results.Select(r => r.Key).ToHashSet();
            Func<ConversationResult, CancellationToken, ValueTask> record = (result, token) => new ValueTask(runs.AppendResultAsync(runId, result, token));
            await (regeneration is null
                ? Regenerator(run).RunAsync(run.Scenarios, regenerationPrompts, done, record, progress, cancellationToken)
                : regeneration.RunAsync(run, regenerationPrompts, done, record, progress, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await FailAsync(run, RunStatus.Approved, ex);
            throw;
        }

        var held = (await runs.ReadResultsAsync(runId, cancellationToken)).Results.Select(r => r.Key).ToHashSet();
        var missing = run.Scenarios.Count * 2 - run.Scenarios.Count(s => held.Contains((s.Id, Arm.Baseline))) - run.Scenarios.Count(s => held.Contains((s.Id, Arm.Candidate)));
        if (missing > 0)
        {
            var lost = new InvalidOperationException($"{missing} conversation result(s) could not be read back from the run store; resume to hold them again.");
            await FailAsync(run, RunStatus.Approved, lost);
            throw lost;
        }

        return await SaveAsync(run with { Status = RunStatus.Regenerated }, cancellationToken);
    }

    /// <summary>
    /// Holds both arms of one scenario of the run, for a worker process. The result depends only on the run (its prompts,
    /// parameters and the scenario's seed), never on which process holds it or when, so a conversation retried
    /// elsewhere is the conversation a single process would have held.
    /// </summary>
    public async Task<IReadOnlyList<ConversationResult>> RegenerateScenarioAsync(
        RunRecord run, int scenarioIndex, RegenerationPrompts prompts, CancellationToken cancellationToken = default) =>
        await Regenerator(run).RunAsync(
            [run.Scenarios[scenarioIndex]], prompts, new HashSet<(string, Arm)>(), (_, _) => ValueTask.CompletedTask, null, cancellationToken);

    /// <summary>
    /// Scores the run's conversations again with the judge prompt's production version, for when the judge changed
    /// after the run; the run then needs comparing again.
    /// </summary>
    public async Task<RunRecord> JudgeAsync(string runId, IProgress<RegenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var run = await LoadAsync(runId, RunStatus.Regenerated, RunStatus.Compared);
        var judge = prompts.Resolve(JudgePromptId);
        var scenarios = run.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var held = (await runs.ReadResultsAsync(runId, cancellationToken)).Results;
        await Regenerator(run).RejudgeAsync(
            held.Select(r => (scenarios[r.ScenarioId], r)).ToArray(),
            judge,
            (result, token) => new ValueTask(runs.AppendResultAsync(runId, result, token)),
            progress,
            cancellationToken);
        return await SaveAsync(run with { Status = RunStatus.Regenerated, Comparison = null, Prompts = run.Prompts with { Judge = judge.Number } }, cancellationToken);
    }

    /// <summary>Compares the two arms: metrics, deltas with paired intervals, verdict.</summary>
    public async Task<RunRecord> CompareAsync(string runId, CancellationToken cancellationToken = default)
    {
        var run = await LoadAsync(runId, RunStatus.Regenerated, RunStatus.Compared);
        var results = (await runs.ReadResultsAsync(runId, cancellationToken)).Results;
        var (baseline, candidate) = await RunArms.From(run, results).AnalyseAsync(Analyzer, run, cancellationToken: cancellationToken);
        var comparison = new ConversationSetComparer(Analyzer.Settings.Metrics, _options.Comparison).Compare(baseline, candidate);
        return await SaveAsync(run with { Status = RunStatus.Compared, Comparison = comparison }, cancellationToken);
    }

    /// <summary>The transcripts of a compared run's sample pairs, for reading side by side; empty before the comparison.</summary>
    public async Task<IReadOnlyList<TranscriptPair>> SamplesAsync(string runId, CancellationToken cancellationToken = default)
    {
        var run = await runs.FindAsync(runId, cancellationToken) ?? throw new KeyNotFoundException($"There is no run {runId}.");
        if (run.Comparison is not { } comparison)
        {
            return [];
        }

        var arms = RunArms.From(run, (await runs.ReadResultsAsync(runId, cancellationToken)).Results);
        return SampleTranscripts.FromConversations(arms.Baseline, arms.Candidate, comparison.Samples);
    }

    /// <summary>Writes the run's files to <paramref name="directory"/>; see <see cref="RunExports"/>.</summary>
    public async Task<IReadOnlyList<string>> ExportAsync(string runId, string directory, CancellationToken cancellationToken = default)
    {
        var run = await runs.FindAsync(runId, cancellationToken) ?? throw new KeyNotFoundException($"There is no run {runId}.");
        var results = (await runs.ReadResultsAsync(runId, cancellationToken)).Results;
        return await RunExports.WriteAsync(run, results, Analyzer, directory, cancellationToken);
    }

    /// <summary>
    /// Moves production to the candidate; refused unless the verdict is "better", or "better, with a trade-off" with
    /// <paramref name="acceptTradeOff"/>, or the promotion is forced with a reason.
    /// </summary>
    /// <exception cref="PromotionRefusedException">The verdict does not allow the promotion as asked.</exception>
    public async Task<RunRecord> PromoteAsync(
        string runId, string by, bool force = false, string? reason = null, bool acceptTradeOff = false, CancellationToken cancellationToken = default)
    {
        var run = await LoadAsync(runId, RunStatus.Compared);
        var comparison = run.Comparison!;
        new CandidatePromoter(prompts).Promote(
            run.Parameters.PromptId, run.Prompts.Candidate!.Value, run.Prompts.ProductionAtStart, comparison.Verdict, by, force, reason,
            comparison.TradeOffs, acceptTradeOff);
        var forced = comparison.Verdict != Verdict.Better && !(comparison.Verdict == Verdict.BetterWithTradeOff && acceptTradeOff && !force);
        return await SaveAsync(run with { Status = RunStatus.Promoted, Decision = new RunDecision(true, by, _time.GetUtcNow(), reason, forced) }, cancellationToken);
    }

    /// <summary>Rejects the candidate: its label is removed, the version stays for the record.</summary>
    public async Task<RunRecord> RejectAsync(string runId, string by, string reason, CancellationToken cancellationToken = default)
    {
        var run = await LoadAsync(runId, RunStatus.AwaitingApproval, RunStatus.Approved, RunStatus.Regenerated, RunStatus.Compared);
        if (run.Prompts.Candidate is { } candidate)
        {
            new CandidatePromoter(prompts).Reject(run.Parameters.PromptId, candidate, by, reason);
        }

        return await SaveAsync(run with { Status = RunStatus.Rejected, Decision = new RunDecision(false, by, _time.GetUtcNow(), reason, false) }, cancellationToken);
    }

    /// <summary>
    /// Drives a run from wherever it is (a failed step is retried) through to the comparison. Without
    /// <paramref name="autoApproveAs"/> it stops at the proposal, for a person to edit and approve.
    /// </summary>
    public async Task<RunRecord> ContinueAsync(string runId, string? autoApproveAs, IProgress<LoopProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var run = await runs.FindAsync(runId, cancellationToken) ?? throw new KeyNotFoundException($"There is no run {runId}.");
        if (run.Status == RunStatus.Failed)
        {
            run = await SaveAsync(run with { Status = run.FailedStep ?? RunStatus.Created, Failure = null, FailedStep = null }, cancellationToken);
        }

        while (true)
        {
            switch (run.Status)
            {
                case RunStatus.Created:
                    progress?.Report(new LoopProgress(run.Status, "Asking the proposer"));
                    run = await ProposeAsync(runId, cancellationToken);
                    break;
                case RunStatus.AwaitingApproval when autoApproveAs is not null:
                    progress?.Report(new LoopProgress(run.Status, "Approving the proposal"));
                    run = await ApproveAsync(runId, autoApproveAs, cancellationToken: cancellationToken);
                    break;
                case RunStatus.Approved:
                    progress?.Report(new LoopProgress(run.Status, LoopProgress.Regenerating));
                    run = await RegenerateAsync(runId, progress is null ? null : LoopProgress.OfConversations(progress), cancellationToken);
                    break;
                case RunStatus.Regenerated:
                    progress?.Report(new LoopProgress(run.Status, "Comparing"));
                    run = await CompareAsync(runId, cancellationToken);
                    break;
                default:
                    return run;
            }
        }
    }

    private PairedRegenerator Regenerator(RunRecord run)
    {
        var simulation = new SimulationOptions { Temperature = run.Parameters.Temperature, CallTimeout = _options.CallTimeout };
        return new PairedRegenerator(
            new ConversationSimulator(agent, _simulator, fixture, loggerFactory, simulation),
            new ConversationJudge(_judge, simulation),
            new RegenerationOptions
            {
                Parallelism = run.Parameters.Parallelism,
                Retries = run.Parameters.Retries,
                RetryBaseDelay = _options.RetryBaseDelay,
            },
            _time);
    }

    private PromptVersion? TryResolve(string promptId, string label)
    {
        try
        {
            return prompts.Resolve(promptId, label);
        }
        catch (PromptNotFoundException)
        {
            return null;
        }
    }

    private async Task<RunRecord> LoadAsync(string runId, params RunStatus[] allowed)
    {
        var run = await runs.FindAsync(runId) ?? throw new KeyNotFoundException($"There is no run {runId}.");
        var status = run.Status == RunStatus.Failed ? run.FailedStep : run.Status;
        if (status is null || !allowed.Contains(status.Value))
        {
            throw new InvalidOperationException(
                $"Run {runId} is {Describe(run)}; this step needs it {string.Join(" or ", allowed.Select(s => s.Describe()))}.");
        }

        return run with { Status = status.Value };
    }

    private static string Describe(RunRecord run) =>
        run.Status == RunStatus.Failed ? $"failed ({run.Failure})" : run.Status.Describe();

    private async Task<RunRecord> SaveAsync(RunRecord run, CancellationToken cancellationToken)
    {
        var saved = run with { UpdatedAt = _time.GetUtcNow(), Failure = run.Status == RunStatus.Failed ? run.Failure : null, FailedStep = run.Status == RunStatus.Failed ? run.FailedStep : null };
        await runs.SaveAsync(saved, cancellationToken);
        return saved;
    }

    private async Task FailAsync(RunRecord run, RunStatus step, Exception exception)
    {
        _logger.LogError(exception, "Run {RunId} failed at {Step}", run.Id, step);
        await SaveAsync(run with { Status = RunStatus.Failed, FailedStep = step, Failure = exception.Message }, CancellationToken.None);
    }
}
