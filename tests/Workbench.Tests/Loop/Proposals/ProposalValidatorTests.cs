using System.Text.Json.Nodes;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Workbench.Loop.Proposals;

namespace AgentSupport.Workbench.Tests.Loop.Proposals;

public sealed class ProposalValidatorTests
{
    private readonly ProposalValidator _validator = new(PluginCatalog.Names);

    [Fact]
    public void A_complete_reply_becomes_a_proposal_with_its_five_parts()
    {
        var reply = SampleProposals.Valid(policy: new JsonObject { ["enabled_tools"] = new JsonArray("PayoutTracker", "Tickets"), ["max_turns"] = 8 });

        var result = _validator.Validate(reply.ToJsonString());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var proposal = result.Proposal!;
        Assert.Equal("payment_status is the worst intent and its tool is disabled.", proposal.PromptChanges.Rationale);
        Assert.Equal(["PayoutTracker", "Tickets"], proposal.PromptChanges.Policy!.EnabledTools);
        Assert.Equal(8, proposal.PromptChanges.Policy.MaxTurns);
        Assert.Null(proposal.PromptChanges.Policy.DefaultTone);
        Assert.Equal("Retry payouts", Assert.Single(proposal.CodeChanges).Title);
        Assert.Equal(2, Assert.Single(proposal.Tools).Effort);
        Assert.Equal(["resolution_rate", "avg_csat"], proposal.EvaluationPlan.Metrics);
        Assert.Equal(["longer answers"], proposal.Risks);
    }

    [Fact]
    public void A_reply_wrapped_in_a_markdown_fence_is_read_for_its_content()
    {
        var result = _validator.Validate("```json\n" + SampleProposals.Valid().ToJsonString() + "\n```");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_position()
    {
        var result = _validator.Validate("{\"prompt_changes\": {\"system_patch\": \"\",}, \"risks\": []}");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Invalid JSON at line 1, byte", error);
        Assert.Null(result.Proposal);
    }

    [Fact]
    public void A_reply_cut_off_in_the_middle_is_reported_as_truncated()
    {
        var json = SampleProposals.Valid().ToJsonString();

        var result = _validator.Validate(json[..(json.Length / 2)]);

        Assert.Contains("truncated", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_reply_the_provider_cut_at_the_token_limit_is_named_as_such()
    {
        Assert.Contains("cut off", Assert.Single(_validator.Validate("", cutOff: true).Errors));
    }

    [Fact]
    public void Schema_violations_name_the_place_of_each_problem()
    {
        var reply = SampleProposals.Valid();
        reply.Remove("risks");
        reply["tools"]![0]!["effort_1_3"] = 4;
        reply["prompt_changes"]!["policy"] = new JsonObject { ["max_turn"] = 3 };

        var result = _validator.Validate(reply.ToJsonString());

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.StartsWith("(root):", StringComparison.Ordinal) && e.Contains("risks"));
        Assert.Contains(result.Errors, e => e.StartsWith("/tools/0/effort_1_3:", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("/prompt_changes/policy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_json_array_is_not_a_proposal()
    {
        Assert.Equal("The reply is a JSON array, not an object.", Assert.Single(_validator.Validate("[]").Errors));
    }

    [Fact]
    public void A_policy_enabling_a_tool_the_application_lacks_is_rejected()
    {
        var reply = SampleProposals.Valid(policy: new JsonObject { ["enabled_tools"] = new JsonArray("PayoutTracker", "TeleportCar") });

        var error = Assert.Single(_validator.Validate(reply.ToJsonString()).Errors);

        Assert.Contains("unknown tool 'TeleportCar'", error);
    }

    [Fact]
    public void The_candidate_check_adds_its_problems()
    {
        var validator = new ProposalValidator(PluginCatalog.Names) { CandidateCheck = changes => changes.SystemPatch.Contains("{{ if") ? ["/prompt_changes: unclosed if"] : [] };

        var result = validator.Validate(SampleProposals.Valid(systemPatch: "{{ if language }}hola").ToJsonString());

        Assert.Equal(["/prompt_changes: unclosed if"], result.Errors);
    }
}
