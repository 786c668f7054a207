using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Tests.Loop.Support;

namespace AgentSupport.Workbench.Tests.Loop.Candidates;

public sealed class CandidateApprovalTests : IDisposable
{
    private const string Agent = "customer-agent";
    private readonly TempPrompts _prompts = new();

    public void Dispose() => _prompts.Dispose();

    private FilePromptStore Store => _prompts.Store;

    [Fact]
    public void Policy_changes_alone_make_a_candidate_with_the_parent_body_and_the_new_front_matter()
    {
        var production = Store.Resolve(Agent);
        var changes = new PromptChanges("", "", "enable payouts") { Policy = new PolicyChanges { EnabledTools = ["PayoutTracker", "Tickets"], MaxTurns = 8 } };

        var candidate = new CandidateApprover(Store).Approve(Agent, production.Number, changes, "admin@agentsupport");

        Assert.Equal(production.Number + 1, candidate.Number);
        Assert.Equal(production.Number, candidate.Metadata.Parent);
        Assert.Equal(production.Body, candidate.Body);
        Assert.Equal(["PayoutTracker", "Tickets"], candidate.Policy.EnabledTools);
        Assert.Equal(8, candidate.Policy.MaxTurns);
        Assert.Equal(production.Policy.DefaultTone, candidate.Policy.DefaultTone);
        Assert.Contains("max_turns: 8", candidate.Source);
        Assert.Equal(candidate.Number, Store.Resolve(Agent, PromptLabels.Candidate).Number);
        Assert.Equal(production.Number, Store.Resolve(Agent).Number);
        Assert.Equal("admin@agentsupport", Store.ListLabels(Agent).Single(l => l.Name == PromptLabels.Candidate).History[^1].By);
    }

    [Fact]
    public void Patches_replace_and_extend_the_body_with_seed_placeholders_converted()
    {
        var production = Store.Resolve(Agent);
        var changes = new PromptChanges("Eres el asistente. Responde en {idioma}.", "Contexto: {contexto}; canal: {canal}.", "shorter prompt");

        var candidate = new CandidateApprover(Store).Approve(Agent, production.Number, changes, "admin");

        Assert.Equal("Eres el asistente. Responde en {{ language }}.\n\nContexto: {{ context }}; canal: {{ channel }}.\n", candidate.Body);
        Assert.Equal("Eres el asistente. Responde en es.\n\nContexto: credit; canal: email.\n",
            candidate.Render(new PromptVariables { Language = "es", Context = "credit", Channel = "email" }));
        Assert.Equal(production.Policy.EnabledTools, candidate.Policy.EnabledTools);
        Assert.Equal(production.Policy with { EnabledTools = [], Languages = [] }, candidate.Policy with { EnabledTools = [], Languages = [] });
    }

    [Fact]
    public void A_system_patch_with_front_matter_brings_its_policy()
    {
        var production = Store.Resolve(Agent);
        var patch = "---\ndescription: edited by hand\nenabled_tools: [Scheduling]\nmax_turns: 4\n---\nAgenda citas en {{ language }}.";

        var candidate = new CandidateApprover(Store).Approve(Agent, production.Number, new PromptChanges(patch, "", "only scheduling"), "admin");

        Assert.Equal(["Scheduling"], candidate.Policy.EnabledTools);
        Assert.Equal(4, candidate.Policy.MaxTurns);
        Assert.Equal("Agenda citas en {{ language }}.\n", candidate.Body);
    }

    [Fact]
    public void A_patch_that_does_not_validate_is_rejected_with_its_line_and_nothing_is_written()
    {
        var production = Store.Resolve(Agent);
        var before = Store.ListVersions(Agent).Count;

        var error = Assert.Throws<PromptValidationException>(() =>
            new CandidateApprover(Store).Approve(Agent, production.Number, new PromptChanges("Hola {{ customer_secret }}", "", "x"), "admin"));

        Assert.Contains(error.Problems, p => p.Kind == PromptProblemKind.UnknownVariable && p.Line > 1);
        Assert.Equal(before, Store.ListVersions(Agent).Count);
        Assert.DoesNotContain(Store.ListLabels(Agent), l => l.Name == PromptLabels.Candidate);
    }

    [Fact]
    public void Promotion_moves_production_only_for_a_better_verdict_unless_forced_with_a_reason()
    {
        var production = Store.Resolve(Agent).Number;
        var candidate = new CandidateApprover(Store).Approve(Agent, production, new PromptChanges("", "", "x") { Policy = new PolicyChanges { MaxTurns = 5 } }, "admin").Number;
        var promoter = new CandidatePromoter(Store);

        var refused = Assert.Throws<PromotionRefusedException>(() => promoter.Promote(Agent, candidate, production, Verdict.Worse, "admin"));
        Assert.Contains("'worse'", refused.Message);
        Assert.Throws<ArgumentException>(() => promoter.Promote(Agent, candidate, production, Verdict.NoDifference, "admin", force: true));
        Assert.Equal(production, Store.Resolve(Agent).Number);

        var change = promoter.Promote(Agent, candidate, production, Verdict.NoDifference, "admin", force: true, reason: "urgent legal wording");

        Assert.Equal(candidate, Store.Resolve(Agent).Number);
        Assert.Equal("urgent legal wording", change.Reason);
    }

    [Fact]
    public void A_trade_off_is_promoted_only_once_confirmed_and_the_audit_trail_names_it()
    {
        var production = Store.Resolve(Agent).Number;
        var candidate = new CandidateApprover(Store).Approve(Agent, production, new PromptChanges("", "", "x") { Policy = new PolicyChanges { MaxTurns = 5 } }, "admin").Number;
        var promoter = new CandidatePromoter(Store);

        var refused = Assert.Throws<PromotionRefusedException>(() =>
            promoter.Promote(Agent, candidate, production, Verdict.BetterWithTradeOff, "admin", tradeOffs: ["avg_duration_sec"]));
        Assert.Contains("trade-off on avg_duration_sec", refused.Message);
        Assert.Equal(production, Store.Resolve(Agent).Number);

        var change = promoter.Promote(Agent, candidate, production, Verdict.BetterWithTradeOff, "admin", tradeOffs: ["avg_duration_sec"], acceptTradeOff: true);

        Assert.Equal(candidate, Store.Resolve(Agent).Number);
        Assert.Contains("accepting a trade-off on avg_duration_sec", change.Reason);
    }

    [Fact]
    public void Confirming_a_trade_off_does_not_promote_a_worse_candidate()
    {
        var production = Store.Resolve(Agent).Number;
        var candidate = new CandidateApprover(Store).Approve(Agent, production, new PromptChanges("", "", "x") { Policy = new PolicyChanges { MaxTurns = 5 } }, "admin").Number;

        Assert.Throws<PromotionRefusedException>(() =>
            new CandidatePromoter(Store).Promote(Agent, candidate, production, Verdict.Worse, "admin", acceptTradeOff: true));
        Assert.Equal(production, Store.Resolve(Agent).Number);
    }

    [Fact]
    public void A_better_candidate_is_promoted_only_over_the_production_it_was_compared_with()
    {
        var production = Store.Resolve(Agent).Number;
        var approver = new CandidateApprover(Store);
        var first = approver.Approve(Agent, production, new PromptChanges("", "", "a") { Policy = new PolicyChanges { MaxTurns = 5 } }, "admin").Number;
        var second = approver.Approve(Agent, production, new PromptChanges("", "", "b") { Policy = new PolicyChanges { MaxTurns = 7 } }, "admin").Number;
        var promoter = new CandidatePromoter(Store);
        promoter.Promote(Agent, first, production, Verdict.Better, "admin");

        Assert.Throws<LabelConflictException>(() => promoter.Promote(Agent, second, production, Verdict.Better, "admin"));
        Assert.Equal(first, Store.Resolve(Agent).Number);
    }

    [Fact]
    public void Rejection_removes_the_candidate_label_and_keeps_the_version()
    {
        var production = Store.Resolve(Agent).Number;
        var candidate = new CandidateApprover(Store).Approve(Agent, production, new PromptChanges("", "", "x") { Policy = new PolicyChanges { MaxTurns = 5 } }, "admin").Number;

        new CandidatePromoter(Store).Reject(Agent, candidate, "admin", "worse on resolution");

        Assert.DoesNotContain(Store.ListLabels(Agent), l => l.Name == PromptLabels.Candidate);
        Assert.Equal(candidate, Store.Get(Agent, candidate).Number);
    }
}
