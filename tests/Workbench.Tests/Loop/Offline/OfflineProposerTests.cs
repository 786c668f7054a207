using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Storage;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Tests.Loop.Support;

namespace AgentSupport.Workbench.Tests.Loop.Offline;

public sealed class OfflineProposerTests : IDisposable
{
    private readonly TempPrompts _prompts = new();
    private readonly OfflineModel _model = new();

    public void Dispose()
    {
        _model.Dispose();
        _prompts.Dispose();
    }

    [Fact]
    public async Task For_unresolved_payment_questions_and_a_prompt_without_the_payout_tool_the_offline_proposal_enables_it()
    {
        var production = _prompts.Store.Resolve("customer-agent");
        var withoutPayouts = _prompts.Store.CreateVersion("customer-agent", new PromptEdit
        {
            Author = "test",
            Description = "no payouts",
            Policy = production.Policy with { EnabledTools = [.. production.Policy.EnabledTools.Where(t => t != "PayoutTracker")] },
        });
        var analysis = await new ConversationAnalyzer().AnalyzeAsync(Enumerable.Range(1, 12).Select(i => new ConversationInput
        {
            ConversationId = $"pay-{i}",
            Context = "service",
            Resolved = i > 10,
            Csat = 2,
            Transcript = [new TranscriptMessage("cliente", "¿Cuándo me depositan el pago de mi auto?"), new TranscriptMessage("agente", "No sé.")],
        }).ToAsyncEnumerable());
        var validator = new ProposalValidator(PluginCatalog.Names) { CandidateCheck = c => CandidateComposer.Check(withoutPayouts, c, _prompts.Store.Validator) };

        var outcome = await new Proposer(_model.Chat).ProposeAsync(_prompts.Store.Resolve("proposer"), ProposerInputs.From(analysis, withoutPayouts), validator);

        var changes = outcome.Proposal.PromptChanges;
        Assert.Single(outcome.Attempts);
        Assert.Contains("PayoutTracker", changes.Policy!.EnabledTools!);
        Assert.Equal(withoutPayouts.Policy.EnabledTools.Order(), changes.Policy.EnabledTools!.Where(t => t != "PayoutTracker").Order());
        Assert.Contains("payment_status", changes.Rationale);
        Assert.Contains(outcome.Proposal.Tools, t => t.Name == "PayoutTracker");
        Assert.Contains("PayoutTracker", outcome.Response["prompt_changes"]!["policy"]!["enabled_tools"]!.AsArray().Select(t => t!.GetValue<string>()));
    }
}
