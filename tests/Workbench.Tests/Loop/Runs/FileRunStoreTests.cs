using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Judging;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Workbench.Tests.Loop.Runs;

public sealed class FileRunStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 15, 0, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("agentsupport-runs-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<RunRecord> RecordAsync(string id, DateTimeOffset createdAt)
    {
        var analysis = await new ConversationAnalyzer().AnalyzeFileAsync(RepositoryFiles.Sample("conversations_roles_sample.jsonl"));
        return new RunRecord
        {
            Id = id,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            Status = RunStatus.Created,
            Parameters = new RunParameters { Dataset = "conversations_roles_sample.jsonl", Temperature = 0.5f },
            Model = new RunModel("Offline", "agentsupport-offline"),
            Prompts = new RunPromptVersions { Baseline = 1, ProductionAtStart = 1, Simulator = 1, Judge = 1, Proposer = 1 },
            DatasetAnalysis = analysis.Result,
            ProposerInputs = new ProposerInputs("{}", "[]", "{}", "---\nid: customer-agent\n---\nHola"),
            Scenarios = ScenarioPlanner.Plan(SandboxScenario.Default, new ScenarioPlanSettings { PerContext = 1 }),
        };
    }

    private static ConversationResult Result(string scenario, Arm arm, double csat = 4) => new()
    {
        ScenarioId = scenario,
        Arm = arm,
        PromptVersion = arm == Arm.Baseline ? 1 : 2,
        Attempts = 1,
        Transcript =
        [
            new TranscriptTurn(1, "cliente", "¿Y mi pago? 😊", Start),
            new TranscriptTurn(2, "agente", "Se transfiere el miércoles.", Start.AddSeconds(9))
            {
                ToolCalls = [new Agent.Tools.ToolCallRecord("PayoutTracker", "get_payout_status", "{\"plate\":\"MZD-320-A\"}", "{\"ok\":true}", true, TimeSpan.FromMilliseconds(3))],
            },
        ],
        DurationSec = 9,
        Effects = [new SandboxEffect(1, SandboxEffectKind.TicketCreated, Guid.NewGuid(), Start, "TK-1001", "payout")],
        Judgement = new Judgement { Resolved = true, JudgeResolved = true, Csat = csat, Reasons = ["ok"], ExpectationMet = true, ExpectationDetail = "answered" },
        Usage = new Agent.Conversation.TokenUsage(100, 20),
        FinishedAt = Start.AddMinutes(1),
    };

    [Fact]
    public async Task A_run_reads_back_as_it_was_saved()
    {
        var store = new FileRunStore(_root);
        var run = await RecordAsync("run-a", Start);

        await store.CreateAsync(run);
        await store.SaveAsync(run with { Status = RunStatus.AwaitingApproval, Prompts = run.Prompts with { Candidate = 2 } });
        var found = await store.FindAsync("run-a");

        Assert.NotNull(found);
        Assert.Equal(RunStatus.AwaitingApproval, found.Status);
        Assert.Equal(2, found.Prompts.Candidate);
        Assert.Equal(run.Parameters, found.Parameters);
        Assert.Equal(run.Scenarios, found.Scenarios);
        Assert.Equal(run.DatasetAnalysis.Overall.Composite, found.DatasetAnalysis.Overall.Composite);
        Assert.Equal(run.DatasetAnalysis.Ranking, found.DatasetAnalysis.Ranking);
        Assert.Equal(run.ProposerInputs, found.ProposerInputs);
        Assert.Contains("\"status\": \"awaiting_approval\"", await File.ReadAllTextAsync(Path.Combine(_root, "run-a", FileRunStore.RunFile)));
        Assert.Null(await store.FindAsync("run-b"));
    }

    [Fact]
    public async Task Creating_a_run_twice_or_saving_an_unknown_one_is_refused()
    {
        var store = new FileRunStore(_root);
        var run = await RecordAsync("run-a", Start);
        await store.CreateAsync(run);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(run));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.SaveAsync(run with { Id = "run-b" }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.FindAsync("../run-a"));
    }

    [Fact]
    public async Task Results_appended_from_many_threads_all_read_back_with_the_latest_per_conversation()
    {
        var store = new FileRunStore(_root);
        await store.CreateAsync(await RecordAsync("run-a", Start));
        var scenarios = Enumerable.Range(1, 40).Select(i => $"s{i:00}").ToArray();

        await Parallel.ForEachAsync(scenarios, async (s, ct) =>
        {
            await store.AppendResultAsync("run-a", Result(s, Arm.Baseline), ct);
            await store.AppendResultAsync("run-a", Result(s, Arm.Candidate), ct);
        });
        await store.AppendResultAsync("run-a", Result("s01", Arm.Baseline, csat: 2));
        var read = await store.ReadResultsAsync("run-a");

        Assert.Empty(read.Problems);
        Assert.Equal(80, read.Results.Count);
        var first = read.Results.Single(r => r.Key == ("s01", Arm.Baseline));
        Assert.Equal(2, first.Judgement!.Csat);
        var sample = read.Results.Single(r => r.Key == ("s02", Arm.Candidate));
        Assert.Equal(Result("s02", Arm.Candidate).Transcript[1].ToolCalls, sample.Transcript[1].ToolCalls);
        Assert.Equal("¿Y mi pago? 😊", sample.Transcript[0].Text);
        Assert.Equal(SandboxEffectKind.TicketCreated, sample.Effects[0].Kind);
        Assert.Equal(new Agent.Conversation.TokenUsage(100, 20), sample.Usage);
    }

    [Fact]
    public async Task A_line_cut_by_a_crash_is_reported_and_skipped_and_the_lines_before_it_are_kept()
    {
        var store = new FileRunStore(_root);
        await store.CreateAsync(await RecordAsync("run-a", Start));
        await store.AppendResultAsync("run-a", Result("s01", Arm.Baseline));
        await store.AppendResultAsync("run-a", Result("s01", Arm.Candidate));
        var whole = RunJson.SerializeLine(Result("s02", Arm.Baseline));
        await File.AppendAllTextAsync(Path.Combine(_root, "run-a", FileRunStore.ResultsFile), whole[..(whole.Length / 2)]);

        var read = await store.ReadResultsAsync("run-a");

        Assert.Equal(2, read.Results.Count);
        Assert.Contains("line 3 skipped", Assert.Single(read.Problems));
    }

    [Fact]
    public async Task A_result_appended_after_a_cut_line_is_not_swallowed_by_it()
    {
        var store = new FileRunStore(_root);
        await store.CreateAsync(await RecordAsync("run-a", Start));
        await store.AppendResultAsync("run-a", Result("s01", Arm.Baseline));
        await File.AppendAllTextAsync(Path.Combine(_root, "run-a", FileRunStore.ResultsFile), "{\"scenario_id\": \"s0");

        await store.AppendResultAsync("run-a", Result("s02", Arm.Baseline));
        var read = await store.ReadResultsAsync("run-a");

        Assert.Equal(["s01", "s02"], read.Results.Select(r => r.ScenarioId).Order());
        Assert.Contains("line 2 skipped", Assert.Single(read.Problems));
    }

    [Fact]
    public async Task Runs_are_listed_newest_first()
    {
        var store = new FileRunStore(_root);
        await store.CreateAsync(await RecordAsync("run-old", Start));
        await store.CreateAsync(await RecordAsync("run-new", Start.AddHours(1)));

        Assert.Equal(["run-new", "run-old"], (await store.ListAsync()).Select(r => r.Id));
    }
}
