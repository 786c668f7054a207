using AgentSupport.Web.Components.Pages.Admin.Workbench;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Workbench.Loop.Proposals;
using Bunit;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class ProposalPanelTests() : UiTestContext(UiCultures.English)
{
    [Fact]
    public void Conversation_ids_the_proposal_cites_link_to_those_conversations_of_the_runs_dataset()
    {
        var proposal = new Proposal(
            new PromptChanges("", "", "conv_7 and conv_8 were handed over; <b>conv_9</b> was not shown."),
            [new CodeChange("Review PayoutTracker", "Review its errors in conv_8.", "resolution", "low")],
            [],
            new EvaluationPlan(["composite"], "paired", "A/B", "composite up"),
            ["conv_7 may be an outlier"]);

        var panel = Render<ProposalPanel>(p => p
            .Add(c => c.Proposal, proposal)
            .Add(c => c.Cited, new HashSet<string> { "conv_7", "conv_8" })
            .Add(c => c.DatasetId, "ds-20261205-1"));

        var links = panel.FindAll("[data-testid='cited-conversation']");
        Assert.Equal(["conv_7", "conv_8", "conv_8", "conv_7"], links.Select(l => l.TextContent));
        Assert.Equal("/admin/workbench/datasets/ds-20261205-1/conversations/conv_7", links[0].GetAttribute("href"));
        var rationale = panel.Find("[data-testid='proposal-rationale']");
        // An id the proposer never saw stays text, and the proposal's words are never markup.
        Assert.Contains("<b>conv_9</b> was not shown.", rationale.TextContent);
        Assert.Equal("Rationale:", Assert.Single(rationale.QuerySelectorAll("b")).TextContent);
    }
}
