using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Workbench.Tests.Loop.Offline;

public sealed class ZzScratchPlantedTests : IDisposable
{
    private readonly TempPrompts _prompts = new();
    private readonly OfflineModel _model = new();
    private readonly string _runs = Directory.CreateTempSubdirectory("agentsupport-loop-").FullName;

    public void Dispose()
    {
        _model.Dispose();
        _prompts.Dispose();
        Directory.Delete(_runs, recursive: true);
    }

    [Fact]
    public async Task Planted()
    {
        var store = _prompts.Store;
        var production = store.Resolve("customer-agent");
        var defective = store.CreateVersion("customer-agent", new PromptEdit { Author = "t", Description = "p", Policy = production.Policy with { EnabledTools = [.. production.Policy.EnabledTools.Where(t => t != "PayoutTracker")], MaxTurns = 2, Languages = ["en"] } });
        store.MoveLabel("customer-agent", PromptLabels.Production, defective.Number, by: "t", reason: "p");
        var loop = new WorkbenchLoop(new FileRunStore(_runs), store, _model.Agent, _model.Chat, new RunModel("Offline", _model.Factory.ModelId), SandboxScenario.Default, _model.Logging, new WorkbenchLoopOptions { RetryBaseDelay = TimeSpan.Zero });
        var analysis = await new ConversationAnalyzer().AnalyzeAsync(Enumerable.Range(1, 24).Select(i => new ConversationInput
        {
            ConversationId = $"pay-{i:00}", Context = i % 2 == 0 ? "service" : "feedback", Channel = i % 3 == 0 ? "whatsapp" : "webchat", Tone = i % 2 == 0 ? "amable" : "formal",
            Language = i % 4 == 0 ? "en" : "es", Resolved = false, Csat = 2, DurationSec = 240,
            Transcript = [new TranscriptMessage("cliente", i % 4 == 0 ? "When will I get the payment for my car?" : "¿Cuándo me depositan el pago de mi auto?"), new TranscriptMessage("agente", "No tengo esa información, escriba más tarde.")],
        }).ToAsyncEnumerable());
        var run = await loop.StartAsync(analysis, new RunParameters { Dataset = "p", PerContext = 5, Parallelism = 4, Retries = 1, Seed = 42 });
        run = await loop.ContinueAsync(run.Id, autoApproveAs: "t");
        var candidate = store.Get("customer-agent", run.Prompts.Candidate!.Value);
        var c = run.Comparison!;
        File.WriteAllText("/tmp/scratch/planted.txt", $"{run.ProposalResponse}\n\ncandidate: tools={string.Join(",", candidate.Policy.EnabledTools)} max={candidate.Policy.MaxTurns} langs={string.Join(",", candidate.Policy.Languages)} tone={candidate.Policy.DefaultTone}\n" +
            $"verdict {c.Verdict} {c.VerdictReason}\nres {c.Delta(ComparedMetric.ResolutionRate).Baseline} -> {c.Delta(ComparedMetric.ResolutionRate).Candidate}\ncsat {c.Delta(ComparedMetric.AvgCsat).Baseline} -> {c.Delta(ComparedMetric.AvgCsat).Candidate}\ncomposite {c.Delta(ComparedMetric.Composite).Baseline} -> {c.Delta(ComparedMetric.Composite).Candidate}\n");
    }
}
