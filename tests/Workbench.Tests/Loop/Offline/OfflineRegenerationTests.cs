using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Loop.Judging;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Tests.Loop.Support;

namespace AgentSupport.Workbench.Tests.Loop.Offline;

/// <summary>Regeneration with the real agent, real plugins on sandboxes, and the Offline engine as customer and judge.</summary>
public sealed class OfflineRegenerationTests : IDisposable
{
    private readonly TempPrompts _prompts = new();
    private readonly OfflineModel _model = new();

    public void Dispose()
    {
        _model.Dispose();
        _prompts.Dispose();
    }

    private async Task<IReadOnlyList<ConversationResult>> RegenerateAsync(IReadOnlyList<Scenario> scenarios, int parallelism)
    {
        var simulation = new SimulationOptions { Temperature = 0.7f };
        var regenerator = new PairedRegenerator(
            new ConversationSimulator(_model.Agent, _model.Chat, SandboxScenario.Default, _model.Logging, simulation),
            new ConversationJudge(_model.Chat, simulation),
            new RegenerationOptions { Parallelism = parallelism, Retries = 1, RetryBaseDelay = TimeSpan.Zero });
        var agent = _prompts.Store.Resolve("customer-agent");
        var prompts = new RegenerationPrompts(agent, agent, _prompts.Store.Resolve("customer-simulator"), _prompts.Store.Resolve("judge"));
        return await regenerator.RunAsync(scenarios, prompts, new HashSet<(string, Arm)>(), (_, _) => ValueTask.CompletedTask, null, CancellationToken.None);
    }

    /// <summary>Everything that must repeat; tool timings and finishing times are the machine's, not the conversation's.</summary>
    private static object Comparable(ConversationResult r) => new
    {
        r.Key,
        Transcript = string.Join("\n", r.Transcript.Select(t =>
            $"{t.Turn} {t.Speaker} {t.At:O} {t.Text} [{string.Join("; ", t.ToolCalls.Select(c => $"{c.Plugin}.{c.Function} {c.ArgumentsJson} -> {c.ResultJson} {c.Succeeded}"))}] {t.Escalated}")),
        Effects = string.Join("\n", r.Effects),
        r.Judgement!.Resolved,
        r.Judgement.Csat,
        Reasons = string.Join("\n", r.Judgement.Reasons),
        r.DurationSec,
        r.Failure,
    };

    [Fact]
    public async Task Regeneration_with_the_offline_engine_is_the_same_for_the_same_seed_whatever_the_parallelism()
    {
        var scenarios = ScenarioPlanner.Plan(SandboxScenario.Default, new ScenarioPlanSettings { PerContext = 2, Seed = 3 });

        var first = await RegenerateAsync(scenarios, parallelism: 6);
        var again = await RegenerateAsync(scenarios, parallelism: 1);

        Assert.Equal(scenarios.Count * 2, first.Count);
        Assert.All(first, r => Assert.Null(r.Failure));
        Assert.Equal(first.Select(Comparable), again.Select(Comparable));
        // With the same version in both arms, pairing makes each scenario's two conversations identical.
        Assert.All(first.Chunk(2), pair => Assert.Equal(
            string.Join("\n", pair[0].Transcript.Select(t => t.Text)),
            string.Join("\n", pair[1].Transcript.Select(t => t.Text))));
    }

    [Fact]
    public async Task Each_conversation_gets_a_fresh_sandbox()
    {
        // Two scenarios that both move Ana's inspection: if they shared a sandbox, the second would find it moved already.
        var scenario = ScenarioPlanner.Plan(SandboxScenario.Default, new ScenarioPlanSettings { PerContext = 1, Contexts = ["service"] })[0];
        var goal = GoalCatalog.For(SandboxScenario.Default)["reschedule_inspection"].First(g => g.Expectation.Reference == "INS-2001");
        var moving = scenario with { Intent = goal.Intent, CustomerId = goal.CustomerId, CustomerName = goal.CustomerName, Goal = goal.Spanish, Language = "es", Expectation = goal.Expectation };

        var results = await RegenerateAsync([moving with { Id = "a" }, moving with { Id = "b" }], parallelism: 1);

        Assert.All(results, r => Assert.True(r.Judgement!.ExpectationMet, r.Judgement.ExpectationDetail));
        Assert.All(results, r => Assert.Equal("INS-2001", Assert.Single(r.Effects, e => e.Kind == SandboxEffectKind.InspectionMoved).Reference));
    }
}
