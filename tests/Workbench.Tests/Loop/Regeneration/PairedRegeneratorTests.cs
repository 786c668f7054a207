using AgentSupport.Agent.Model;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Judging;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Tests.Loop.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentSupport.Workbench.Tests.Loop.Regeneration;

public sealed class PairedRegeneratorTests : IDisposable
{
    private static readonly SandboxScenario Fixture = SandboxScenario.Default;
    private readonly TempPrompts _prompts = new();
    private readonly RegenerationPrompts _versions;

    public PairedRegeneratorTests()
    {
        var store = _prompts.Store;
        var baseline = store.Resolve("customer-agent");
        var candidate = new CandidateApprover(store).Approve("customer-agent", baseline.Number, new PromptChanges("", "", "x") { Policy = new PolicyChanges { MaxTurns = 5 } }, "test");
        _versions = new RegenerationPrompts(baseline, candidate, store.Resolve("customer-simulator"), store.Resolve("judge"));
    }

    public void Dispose() => _prompts.Dispose();

    private static IReadOnlyList<Scenario> Scenarios(int perContext = 1) =>
        ScenarioPlanner.Plan(Fixture, new ScenarioPlanSettings { PerContext = perContext, Contexts = ["service", "credit", "warranty"] });

    private static PairedRegenerator Regenerator(FakeAgent agent, FakeModel model, int parallelism = 4, int retries = 2)
    {
        var simulation = new SimulationOptions { Temperature = 0.7f };
        return new PairedRegenerator(
            new ConversationSimulator(agent, model, Fixture, NullLoggerFactory.Instance, simulation),
            new ConversationJudge(model, simulation),
            new RegenerationOptions { Parallelism = parallelism, Retries = retries, RetryBaseDelay = TimeSpan.FromMilliseconds(1) });
    }

    private async Task<(IReadOnlyList<ConversationResult> Results, List<ConversationResult> Recorded)> RunAsync(
        PairedRegenerator regenerator, IReadOnlyList<Scenario> scenarios, IReadOnlySet<(string, Arm)>? done = null, CancellationToken cancellationToken = default)
    {
        var recorded = new List<ConversationResult>();
        var results = await regenerator.RunAsync(scenarios, _versions, done ?? new HashSet<(string, Arm)>(), (result, _) =>
        {
            lock (recorded)
            {
                recorded.Add(result);
            }

            return ValueTask.CompletedTask;
        }, null, cancellationToken);
        return (results, recorded);
    }

    [Fact]
    public async Task Baseline_and_candidate_hold_the_same_scenario_with_the_same_seed_and_only_the_prompt_differs()
    {
        var (agent, model) = (new FakeAgent(), new FakeModel());

        var (results, recorded) = await RunAsync(Regenerator(agent, model), Scenarios());

        Assert.Equal(6, results.Count);
        Assert.Equal(results.OrderBy(r => r.ScenarioId).ThenBy(r => r.Arm), recorded.OrderBy(r => r.ScenarioId).ThenBy(r => r.Arm));
        Assert.Equal(["service-01", "service-01", "credit-01", "credit-01", "warranty-01", "warranty-01"], results.Select(r => r.ScenarioId));
        Assert.Equal([Arm.Baseline, Arm.Candidate], results.Take(2).Select(r => r.Arm));
        foreach (var pair in agent.Sessions.GroupBy(s => s.ConversationId))
        {
            var (baseline, candidate) = (pair.Single(s => s.Prompt.Number == _versions.Baseline.Number), pair.Single(s => s.Prompt.Number == _versions.Candidate.Number));
            Assert.Equal(baseline.Seed, candidate.Seed);
            Assert.Equal(
                (baseline.Variables.Context, baseline.Variables.Tone, baseline.Variables.Channel, baseline.Variables.Language, baseline.Variables.Now),
                (candidate.Variables.Context, candidate.Variables.Tone, candidate.Variables.Channel, candidate.Variables.Language, candidate.Variables.Now));
            Assert.Equal(baseline.Variables.Customer!.Cars, candidate.Variables.Customer!.Cars);
            Assert.Equal(baseline.Customer, candidate.Customer);
            Assert.Equal(0.7f, baseline.Temperature);
        }

        var customerCalls = model.Requests.Where(r => r.Role == ModelRoles.Simulator).GroupBy(r => r.Options!.Seed).ToArray();
        Assert.Equal(3, customerCalls.Length);
        Assert.All(customerCalls, g => Assert.Single(g.Select(r => r.Messages[0].Text).Distinct()));
        Assert.All(results, r => Assert.Equal(r.Arm == Arm.Baseline ? _versions.Baseline.Number : _versions.Candidate.Number, r.PromptVersion));
    }

    [Fact]
    public async Task A_transcript_alternates_customer_and_agent_with_simulated_times_and_ends_at_the_stop_marker()
    {
        var (agent, model) = (new FakeAgent(), new FakeModel { CustomerMessages = 3 });

        var (results, _) = await RunAsync(Regenerator(agent, model), Scenarios().Take(1).ToArray());

        var transcript = results[0].Transcript;
        Assert.Equal(["cliente", "agente", "cliente", "agente", "cliente"], transcript.Select(t => t.Speaker));
        Assert.Equal("Gracias, es todo.", transcript[^1].Text);
        Assert.True(results[0].CustomerEnded);
        Assert.Equal(transcript.Select(t => t.At).Order(), transcript.Select(t => t.At));
        Assert.Equal((transcript[^1].At - Fixture.Now).TotalSeconds, results[0].DurationSec, 1);
        Assert.Equal(new Agent.Conversation.TokenUsage(20, 10), results[0].Usage);
    }

    [Fact]
    public async Task A_failed_conversation_is_held_again_and_the_retry_counts()
    {
        var agent = new FakeAgent(failTurns: 1);

        var (results, _) = await RunAsync(Regenerator(agent, new FakeModel(), parallelism: 1), Scenarios().Take(1).ToArray());

        Assert.Equal(2, results[0].Attempts);
        Assert.False(results[0].Failed);
        Assert.Equal(1, results[1].Attempts);
    }

    [Fact]
    public async Task A_conversation_that_keeps_failing_is_recorded_as_failed_with_what_it_got_to()
    {
        var agent = new FakeAgent(failTurns: int.MaxValue);

        var (results, recorded) = await RunAsync(Regenerator(agent, new FakeModel(), retries: 2), Scenarios().Take(1).ToArray());

        Assert.Equal(2, recorded.Count);
        Assert.All(results, r =>
        {
            Assert.True(r.Failed);
            Assert.Contains("model unavailable (429)", r.Failure);
            Assert.Equal(3, r.Attempts);
            Assert.Equal("cliente", Assert.Single(r.Transcript).Speaker);
            Assert.Null(r.Judgement);
        });
    }

    [Fact]
    public async Task Conversations_already_recorded_are_not_held_again()
    {
        var agent = new FakeAgent();
        var scenarios = Scenarios();
        HashSet<(string, Arm)> done = [(scenarios[0].Id, Arm.Baseline), (scenarios[1].Id, Arm.Candidate)];

        var (results, _) = await RunAsync(Regenerator(agent, new FakeModel()), scenarios, done);

        Assert.Equal(4, results.Count);
        Assert.DoesNotContain(results, r => done.Contains(r.Key));
        Assert.Equal(4, agent.Turns);
    }

    [Fact]
    public async Task Cancellation_stops_the_regeneration_and_records_nothing_half_done()
    {
        var agent = new FakeAgent { Hang = true };
        using var cancel = new CancellationTokenSource();
        var regenerator = Regenerator(agent, new FakeModel(), parallelism: 2);
        var running = RunAsync(regenerator, Scenarios(perContext: 3), cancellationToken: cancel.Token);
        while (agent.Turns < 2)
        {
            await Task.Delay(5);
        }

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(2, agent.Turns);
    }

    [Fact]
    public async Task A_judged_resolution_without_the_expected_effect_counts_as_unresolved()
    {
        // The fake agent calls no tool, so no scenario's expectation can be met, whatever the judge says.
        var (results, _) = await RunAsync(Regenerator(new FakeAgent(), new FakeModel()), Scenarios());

        Assert.All(results, r =>
        {
            Assert.True(r.Judgement!.JudgeResolved);
            Assert.False(r.Judgement.Resolved);
            Assert.False(r.Judgement.ExpectationMet);
            Assert.Contains("Counted unresolved", r.Judgement.Reasons[^1]);
            Assert.Equal(4.5, r.Judgement.Csat);
        });
    }

    [Fact]
    public async Task A_judge_that_never_answers_usable_json_leaves_the_conversation_unscored_not_dropped()
    {
        var model = new FakeModel { JudgeReply = () => "I think it went well." };

        var (results, _) = await RunAsync(Regenerator(new FakeAgent(), model, retries: 1), Scenarios().Take(1).ToArray());

        Assert.All(results, r =>
        {
            Assert.False(r.Failed);
            Assert.Null(r.Judgement);
            Assert.Contains("no usable score", r.JudgeFailure);
        });
        // Two arms, each judged once and re-judged once (retries: 1), each time with the judge's own second chance.
        Assert.Equal(2 * 2 * ConversationJudge.MaxAttempts, model.Requests.Count(r => r.Role == ModelRoles.Judge));
    }
}
