using AgentSupport.Agent.Model;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Templates;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Tests.Loop.Support;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Tests.Loop.Proposals;

public sealed class ProposerTests : IDisposable
{
    private readonly TempPrompts _prompts = new();

    public void Dispose() => _prompts.Dispose();

    private PromptVersion ProposerPrompt => _prompts.Store.Resolve("proposer");

    private PromptVersion AgentPrompt => _prompts.Store.Resolve("customer-agent");

    private static async Task<ProposerInputs> InputsAsync(PromptVersion agentPrompt)
    {
        var analysis = await new ConversationAnalyzer().AnalyzeFileAsync(RepositoryFiles.Sample("conversations_roles_sample.jsonl"));
        return ProposerInputs.From(analysis, agentPrompt);
    }

    private ProposalValidator Validator() => new(PluginCatalog.Names)
    {
        CandidateCheck = changes => CandidateComposer.Check(AgentPrompt, changes, _prompts.Store.Validator),
    };

    [Fact]
    public async Task The_rendered_prompt_carries_the_analysis_and_the_current_prompt_and_the_hints_name_the_role()
    {
        var chat = new ScriptedChatClient(SampleProposals.Valid().ToJsonString());

        var outcome = await new Proposer(chat).ProposeAsync(ProposerPrompt, await InputsAsync(AgentPrompt), Validator());

        var (messages, options) = Assert.Single(chat.Requests);
        var system = messages[0].Text;
        Assert.Contains("\"n_valid\":60", system);
        Assert.Contains("\"plugin\":\"PayoutTracker\",\"plugin_enabled\":true", system);
        Assert.Contains("enabled_tools: [OfferIn24", system);
        Assert.Equal(ModelRoles.Proposer, ModelHints.GetRole(options));
        Assert.NotNull(ModelHints.GetVariables(options)!.Extra["worst_conversations"]);
        Assert.Equal(ChatResponseFormat.Json, options!.ResponseFormat);
        Assert.Single(outcome.Attempts);
        Assert.Equal("payment_status is the worst intent and its tool is disabled.", outcome.Proposal.PromptChanges.Rationale);
    }

    [Fact]
    public async Task An_invalid_reply_is_sent_back_with_its_problems_and_the_corrected_one_is_taken()
    {
        var chat = new ScriptedChatClient("{\"prompt_changes\": ", SampleProposals.Valid().ToJsonString());

        var outcome = await new Proposer(chat).ProposeAsync(ProposerPrompt, await InputsAsync(AgentPrompt), Validator());

        Assert.Equal(2, outcome.Attempts.Count);
        Assert.Contains("truncated", outcome.Attempts[0].Errors[0]);
        Assert.Empty(outcome.Attempts[1].Errors);
        var retry = chat.Requests[1].Messages;
        Assert.Equal(ChatRole.Assistant, retry[^2].Role);
        Assert.Equal("{\"prompt_changes\": ", retry[^2].Text);
        Assert.Contains("truncated", retry[^1].Text);
    }

    [Fact]
    public async Task A_patch_that_breaks_the_template_is_retried_like_bad_json()
    {
        var chat = new ScriptedChatClient(SampleProposals.Valid(systemPatch: "Hola {{ if language == \"es\" }}").ToJsonString(), SampleProposals.Valid().ToJsonString());

        var outcome = await new Proposer(chat).ProposeAsync(ProposerPrompt, await InputsAsync(AgentPrompt), Validator());

        Assert.StartsWith("/prompt_changes: candidate(", outcome.Attempts[0].Errors[0]);
        Assert.Equal(2, outcome.Attempts.Count);
    }

    [Fact]
    public async Task Replies_that_stay_invalid_end_in_a_failure_listing_every_attempt()
    {
        var cutOff = new ChatResponse(new ChatMessage(ChatRole.Assistant, "{\"prompt_changes\": {\"system_patch\": \"Eres")) { FinishReason = ChatFinishReason.Length };
        var chat = new ScriptedChatClient(cutOff);

        var inputs = await InputsAsync(AgentPrompt);

        var failure = await Assert.ThrowsAsync<ProposalFailedException>(() =>
            new Proposer(chat, new ProposerOptions { MaxAttempts = 3 }).ProposeAsync(ProposerPrompt, inputs, Validator()));

        Assert.Equal(3, failure.Attempts.Count);
        Assert.Equal(3, chat.Requests.Count);
        Assert.All(failure.Attempts, attempt => Assert.Contains("truncated", attempt.Errors[0]));
        Assert.Contains("no valid proposal in 3 attempt(s)", failure.Message);
    }
}
