using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Loop.Judging;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Tests.Loop.Support;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Tests.Loop.Judging;

public sealed class ConversationJudgeTests : IDisposable
{
    private static readonly SandboxScenario Fixture = SandboxScenario.Default;
    private static readonly Guid Ana = Guid.Parse("11111111-1111-4111-8111-111111111111");
    private static readonly Guid Bruno = Guid.Parse("22222222-2222-4222-8222-222222222222");
    private readonly TempPrompts _prompts = new();

    public void Dispose() => _prompts.Dispose();

    private static Scenario Scenario(ScenarioExpectation expectation) => new()
    {
        Id = "service-01",
        Context = "service",
        Tone = "formal",
        Channel = "email",
        Language = "es",
        Intent = "reschedule_inspection",
        CustomerId = Ana,
        CustomerName = "Ana López García",
        Persona = "Con prisa.",
        Goal = "Reprogramar la inspección del JTA-518-B al jueves 5 de junio a las 10:00.",
        Expectation = expectation,
        Seed = 11,
    };

    private static SimulatedConversation Conversation(IReadOnlyList<SandboxEffect> effects, params ToolCallRecord[] calls) => new(
        [
            new TranscriptTurn(1, "cliente", "Quiero reprogramar mi inspección.", Fixture.Now.AddSeconds(10)),
            new TranscriptTurn(2, "agente", "Listo, quedó el jueves a las 10:00.", Fixture.Now.AddSeconds(20)) { ToolCalls = calls },
        ],
        CustomerEnded: true,
        DurationSec: 20,
        new SandboxSnapshot(Fixture.Now, Fixture.Customers, effects),
        Usage: null);

    private static readonly ScenarioExpectation Moved = new() { Effect = SandboxEffectKind.InspectionMoved, Reference = "INS-2001", Description = "inspection INS-2001 is moved" };

    private static SandboxEffect Effect(Guid customer, string reference) =>
        new(1, SandboxEffectKind.InspectionMoved, customer, Fixture.Now, reference, "2025-06-05T10:00:00-06:00");

    [Fact]
    public void The_expected_effect_must_be_in_the_sandbox_for_the_right_customer_and_reference()
    {
        Assert.True(ExpectationCheck.Check(Scenario(Moved), Conversation([Effect(Ana, "INS-2001")])).Met);
        Assert.Equal("inspection moved ins-2001 (2025-06-05T10:00:00-06:00)", ExpectationCheck.Check(Scenario(Moved), Conversation([Effect(Ana, "ins-2001")])).Detail);
        Assert.False(ExpectationCheck.Check(Scenario(Moved), Conversation([Effect(Bruno, "INS-2001")])).Met);
        Assert.False(ExpectationCheck.Check(Scenario(Moved), Conversation([Effect(Ana, "INS-1990")])).Met);
        Assert.Equal("the sandbox shows no inspection moved for INS-2001", ExpectationCheck.Check(Scenario(Moved), Conversation([])).Detail);
    }

    [Fact]
    public void A_question_is_answered_only_by_a_successful_call_of_its_tool()
    {
        var expectation = new ScenarioExpectation { Plugin = "PayoutTracker", Function = "get_payout_status", Description = "payout looked up" };
        var ok = new ToolCallRecord("PayoutTracker", "get_payout_status", "{}", "{\"ok\":true}", true, TimeSpan.Zero);
        var failed = ok with { ResultJson = "{\"ok\":false}", Succeeded = false };
        var other = ok with { Function = "something_else" };

        Assert.True(ExpectationCheck.Check(Scenario(expectation), Conversation([], failed, ok)).Met);
        Assert.Equal("PayoutTracker.get_payout_status failed 1 time(s)", ExpectationCheck.Check(Scenario(expectation), Conversation([], failed, other)).Detail);
        Assert.Equal("PayoutTracker.get_payout_status was never called", ExpectationCheck.Check(Scenario(expectation), Conversation([])).Detail);
    }

    [Fact]
    public async Task The_judge_sees_goal_transcript_and_evidence_and_its_resolution_stands_when_the_sandbox_agrees()
    {
        var chat = new ScriptedChatClient("""{"resolved": true, "csat": 4.46, "reasons": ["Moved it."]}""");
        var call = new ToolCallRecord("InspectionRescheduler", "reschedule_inspection", "{\"plate\":\"JTA-518-B\"}", "{\"ok\":true}", true, TimeSpan.Zero);

        var (judgement, _) = await new ConversationJudge(chat, new SimulationOptions())
            .JudgeAsync(Scenario(Moved), Conversation([Effect(Ana, "INS-2001")], call), _prompts.Store.Resolve("judge"), CancellationToken.None);

        var system = chat.Requests[0].Messages[0].Text;
        Assert.Contains("Reprogramar la inspección del JTA-518-B", system);
        Assert.Contains("customer: Quiero reprogramar mi inspección.\nagent: Listo, quedó el jueves a las 10:00.", system);
        Assert.Contains("- InspectionRescheduler.reschedule_inspection {\"plate\":\"JTA-518-B\"} -> {\"ok\":true}", system);
        Assert.Contains("- InspectionMoved INS-2001", system);
        Assert.True(judgement.Resolved);
        Assert.Equal(4.5, judgement.Csat);
        Assert.Equal(["Moved it."], judgement.Reasons);
    }

    [Fact]
    public async Task A_claimed_resolution_without_the_effect_is_counted_unresolved()
    {
        var chat = new ScriptedChatClient("""{"resolved": true, "csat": 5, "reasons": ["Said it was moved."]}""");

        var (judgement, _) = await new ConversationJudge(chat, new SimulationOptions())
            .JudgeAsync(Scenario(Moved), Conversation([]), _prompts.Store.Resolve("judge"), CancellationToken.None);

        Assert.False(judgement.Resolved);
        Assert.True(judgement.JudgeResolved);
        Assert.Equal("Counted unresolved: the judge found it resolved, but the sandbox shows no inspection moved for INS-2001.", judgement.Reasons[^1]);
    }

    [Fact]
    public async Task A_bad_score_is_sent_back_once_and_then_reported()
    {
        var fixedOnRetry = new ScriptedChatClient("""{"resolved": "yes", "csat": 4}""", """{"resolved": false, "csat": 2, "reasons": []}""");
        var neverFixed = new ScriptedChatClient("""{"resolved": true, "csat": 9, "reasons": []}""");

        var (judgement, _) = await new ConversationJudge(fixedOnRetry, new SimulationOptions())
            .JudgeAsync(Scenario(Moved), Conversation([]), _prompts.Store.Resolve("judge"), CancellationToken.None);
        var failure = await Assert.ThrowsAsync<JudgeFailedException>(() => new ConversationJudge(neverFixed, new SimulationOptions())
            .JudgeAsync(Scenario(Moved), Conversation([]), _prompts.Store.Resolve("judge"), CancellationToken.None));

        Assert.Equal(2.0, judgement.Csat);
        Assert.Contains("\"resolved\" must be true or false", fixedOnRetry.Requests[1].Messages[^1].Text);
        Assert.Equal(ChatRole.Assistant, fixedOnRetry.Requests[1].Messages[^2].Role);
        Assert.Contains("\"csat\" must be a number from 1 to 5", failure.Message);
        Assert.Equal(ConversationJudge.MaxAttempts, neverFixed.Requests.Count);
    }
}
