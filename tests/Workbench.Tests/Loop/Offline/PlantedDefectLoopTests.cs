using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Templates;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Loop.Runs;
using AgentSupport.Workbench.Tests.Loop.Support;

namespace AgentSupport.Workbench.Tests.Loop.Offline;

/// <summary>
/// The whole loop offline against a production prompt with planted defects (payout tool disabled, a two-turn budget,
/// English only) and a dataset of unresolved payment questions: the proposal must repair a defect, the comparison must
/// find the candidate better beyond the noise, and a candidate made worse on purpose must be found worse and refused.
/// </summary>
public sealed class PlantedDefectLoopTests : IDisposable
{
    private const string Agent = "customer-agent";
    private readonly TempPrompts _prompts = new();
    private readonly OfflineModel _model = new();
    private readonly string _runs = Directory.CreateTempSubdirectory("agentsupport-loop-").FullName;

    public void Dispose()
    {
        _model.Dispose();
        _prompts.Dispose();
        Directory.Delete(_runs, recursive: true);
    }

    private FilePromptStore Store => _prompts.Store;

    private WorkbenchLoop Loop() => new(
        new FileRunStore(_runs), Store, _model.Agent, WorkbenchModels.Single(_model.Chat, new RunModel("Offline", _model.Factory.ModelId)),
        SandboxScenario.Default, _model.Logging, new WorkbenchLoopOptions { RetryBaseDelay = TimeSpan.Zero });

    private static RunParameters Parameters => new() { Dataset = "planted payments", PerContext = 5, Parallelism = 4, Retries = 1, Seed = 42 };

    /// <summary>Production becomes a version without PayoutTracker, with max_turns 2 and only English.</summary>
    private PromptVersion PlantDefects()
    {
        var production = Store.Resolve(Agent);
        var defective = Store.CreateVersion(Agent, new PromptEdit
        {
            Author = "test",
            Description = "planted defects",
            Policy = production.Policy with { EnabledTools = [.. production.Policy.EnabledTools.Where(t => t != "PayoutTracker")], MaxTurns = 2, Languages = ["en"] },
        });
        Store.MoveLabel(Agent, PromptLabels.Production, defective.Number, by: "test", reason: "planted defects");
        return defective;
    }

    /// <summary>Customers of service and feedback asking when they get paid, left unresolved and unhappy.</summary>
    private static async Task<AnalysisReport> PaymentComplaintsAsync() =>
        await new ConversationAnalyzer().AnalyzeAsync(Enumerable.Range(1, 24).Select(i => new ConversationInput
        {
            ConversationId = $"pay-{i:00}",
            Context = i % 2 == 0 ? "service" : "feedback",
            Channel = i % 3 == 0 ? "whatsapp" : "webchat",
            Tone = i % 2 == 0 ? "amable" : "formal",
            Language = i % 4 == 0 ? "en" : "es",
            Resolved = false,
            Csat = 2,
            DurationSec = 240,
            Transcript =
            [
                new TranscriptMessage("cliente", i % 4 == 0 ? "When will I get the payment for my car?" : "¿Cuándo me depositan el pago de mi auto?"),
                new TranscriptMessage("agente", "No tengo esa información, escriba más tarde."),
            ],
        }).ToAsyncEnumerable());

    [Fact]
    public async Task The_offline_loop_repairs_a_planted_defect_and_the_comparison_finds_the_candidate_better()
    {
        var defective = PlantDefects();
        var loop = Loop();
        var run = await loop.StartAsync(await PaymentComplaintsAsync(), Parameters);

        run = await loop.ContinueAsync(run.Id, autoApproveAs: "test");

        Assert.Equal(RunStatus.Compared, run.Status);
        Assert.Equal(defective.Number, run.Prompts.Baseline);
        var candidate = Store.Get(Agent, run.Prompts.Candidate!.Value);
        Assert.Contains("PayoutTracker", candidate.Policy.EnabledTools);
        Assert.DoesNotContain("PayoutTracker", defective.Policy.EnabledTools);
        // The other two planted defects are repaired as well: a turn budget the data needs, and Spanish back.
        Assert.True(candidate.Policy.MaxTurns > 2, $"max_turns {candidate.Policy.MaxTurns}");
        Assert.Contains("es", candidate.Policy.Languages);
        Assert.Equal(defective.Number, candidate.Metadata.Parent);
        var comparison = run.Comparison!;
        Assert.True(comparison.Paired);
        Assert.Equal(Verdict.Better, comparison.Verdict);
        Assert.True(comparison.Delta(Metric.Composite).Interval!.Low > 0, comparison.VerdictReason);
        Assert.Equal(DeltaDirection.Better, comparison.Delta(Metric.ResolutionRate).Direction);

        var exports = Path.Combine(_runs, "exports");
        var written = await loop.ExportAsync(run.Id, exports);
        Assert.Equal(
            ["llm_rewrite_response.json", "candidate_tools_ranked.csv", "baseline_conversations.jsonl", "proposed_conversations.jsonl",
             "baseline_meta.csv", "proposed_meta.csv", "comparison.json", "report.html"],
            written);
        Assert.All(written, file => Assert.True(new FileInfo(Path.Combine(exports, file)).Length > 0, file));
        var reread = await new ConversationAnalyzer().AnalyzeFileAsync(Path.Combine(exports, "proposed_conversations.jsonl"));
        Assert.Equal(comparison.Candidate.Metrics.Composite, reread.Result.Overall.Composite);

        run = await loop.PromoteAsync(run.Id, "test");
        Assert.Equal(RunStatus.Promoted, run.Status);
        Assert.Equal(candidate.Number, Store.Resolve(Agent).Number);
    }

    [Fact]
    public async Task A_candidate_made_worse_on_purpose_is_found_worse_and_refused_for_promotion()
    {
        var loop = Loop();
        var production = Store.Resolve(Agent).Number;
        var run = await loop.StartAsync(await PaymentComplaintsAsync(), Parameters);
        await loop.ProposeAsync(run.Id);
        var worse = new PromptChanges("", "", "tickets only") { Policy = new PolicyChanges { EnabledTools = ["Tickets"] } };

        await loop.ApproveAsync(run.Id, "test", worse);
        run = await loop.ContinueAsync(run.Id, autoApproveAs: null);

        Assert.Equal(RunStatus.Compared, run.Status);
        Assert.Equal(Verdict.Worse, run.Comparison!.Verdict);
        Assert.True(run.Comparison.Delta(Metric.Composite).Interval!.High < 0, run.Comparison.VerdictReason);
        await Assert.ThrowsAsync<PromotionRefusedException>(() => loop.PromoteAsync(run.Id, "test"));
        Assert.Equal(production, Store.Resolve(Agent).Number);

        run = await loop.RejectAsync(run.Id, "test", "worse on resolution");
        Assert.Equal(RunStatus.Rejected, run.Status);
        Assert.DoesNotContain(Store.ListLabels(Agent), label => label.Name == PromptLabels.Candidate);
    }

    [Fact]
    public async Task A_run_stopped_mid_regeneration_resumes_without_redoing_finished_conversations()
    {
        PlantDefects();
        var loop = Loop();
        var run = await loop.StartAsync(await PaymentComplaintsAsync(), Parameters with { Parallelism = 1 });
        await loop.ProposeAsync(run.Id);
        await loop.ApproveAsync(run.Id, "test");
        using var crash = new CancellationTokenSource();
        var stopAfter = new InlineProgressProbe<RegenerationProgress>(p =>
        {
            if (p.Completed == 4)
            {
                crash.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop.RegenerateAsync(run.Id, stopAfter, crash.Token));
        var results = Path.Combine(_runs, run.Id, FileRunStore.ResultsFile);
        var before = await File.ReadAllLinesAsync(results);
        // A crash while writing leaves half a line behind.
        await File.AppendAllTextAsync(results, before[0][..40]);

        run = await Loop().ContinueAsync(run.Id, autoApproveAs: "test");

        Assert.Equal(4, before.Length);
        Assert.Equal(RunStatus.Compared, run.Status);
        var lines = (await File.ReadAllLinesAsync(results)).Where(l => l.Length > 40).Select(RunJson.DeserializeLine).ToArray();
        Assert.Equal(run.Scenarios.Count * 2, lines.Length);
        Assert.Equal(lines.Length, lines.Select(r => r.Key).Distinct().Count());
        Assert.Equal(before.Select(RunJson.DeserializeLine).Select(r => r.Key), lines.Take(4).Select(r => r.Key));
    }

    private sealed class InlineProgressProbe<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
