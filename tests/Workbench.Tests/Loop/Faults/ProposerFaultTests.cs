using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Tests.Loop.Proposals;
using AgentSupport.Workbench.Tests.Loop.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Workbench.Tests.Loop.Faults;

/// <summary>The proposer against an OpenAI-compatible server that is slow or answers badly.</summary>
public sealed class ProposerFaultTests : IAsyncLifetime
{
    private readonly TempPrompts _prompts = new();
    private FakeOpenAIServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = "test-key",
            ["OpenAI:BaseUrl"] = _server.BaseUrl.ToString(),
            ["OpenAI:Model"] = "fake-reasoner",
            ["Model:MaxRetries"] = "2",
            ["Model:RetryBaseDelay"] = "00:00:00.010",
            // Shorter than the proposer's reply takes: a streamed call is not cut by the attempt or call timeout.
            ["Model:AttemptTimeout"] = "00:00:02",
            ["Model:CallTimeout"] = "00:00:03",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddAgentSupportModel(configuration).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _prompts.Dispose();
    }

    private IChatClient Model => _services.GetRequiredService<IChatClient>();

    private async Task<ProposalOutcome> ProposeAsync(ProposerOptions? options = null)
    {
        var agentPrompt = _prompts.Store.Resolve("customer-agent");
        var analysis = await new ConversationAnalyzer().AnalyzeFileAsync(RepositoryFiles.Sample("conversations_roles_sample.jsonl"));
        return await new Proposer(Model, options).ProposeAsync(
            _prompts.Store.Resolve("proposer"), ProposerInputs.From(analysis, agentPrompt), new ProposalValidator(PluginCatalog.Names));
    }

    [Fact]
    public async Task A_long_reply_is_streamed_past_the_connection_timeouts_and_asked_for_once()
    {
        // About 40 chunks 150 ms apart: the reply takes longer than the call timeout of the model connection.
        var proposal = SampleProposals.Valid().ToJsonString();
        _server.Enqueue(FakeReply.SlowText(proposal, chunkLength: proposal.Length / 40 + 1, pause: TimeSpan.FromMilliseconds(150)));
        _server.Fallback = FakeReply.Status(500);

        var outcome = await ProposeAsync();

        Assert.Single(outcome.Attempts);
        Assert.Single(_server.Requests);
        Assert.True(_server.Requests[0].Stream);
        Assert.Equal(new TokenUsage(11, 7), outcome.Usage);
    }

    [Fact]
    public async Task A_proposer_that_stalls_is_ended_at_the_proposer_timeout_with_a_clear_reason()
    {
        _server.Enqueue(FakeReply.Stalling("{\"prompt_changes\": {", chunks: 1));

        var failure = await Assert.ThrowsAsync<TimeoutException>(() => ProposeAsync(new ProposerOptions { CallTimeout = TimeSpan.FromSeconds(1) }));

        Assert.Equal("The proposer did not answer within 00:00:01.", failure.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Prose_is_reported_as_prose_and_every_problem_of_a_reply_is_listed()
    {
        var unknownTool = SampleProposals.Valid(policy: new System.Text.Json.Nodes.JsonObject { ["enabled_tools"] = new System.Text.Json.Nodes.JsonArray("PayoutTracker", "MagicRefunds") });
        unknownTool.Remove("risks");
        _server.Enqueue(
            FakeReply.Text("Claro, aquí va mi propuesta: \"mejorar el tono\" y { revisar pagos."),
            FakeReply.Text(unknownTool.ToJsonString()),
            FakeReply.Text(SampleProposals.Valid().ToJsonString()));

        var outcome = await ProposeAsync();

        Assert.Equal(3, outcome.Attempts.Count);
        var prose = Assert.Single(outcome.Attempts[0].Errors);
        Assert.StartsWith("The reply is prose, not JSON: it starts with \"Claro, aquí va mi propuesta", prose);
        Assert.DoesNotContain("truncated", prose);
        Assert.Contains(outcome.Attempts[1].Errors, error => error.Contains("risks", StringComparison.Ordinal));
        Assert.Contains(outcome.Attempts[1].Errors, error => error.Contains("unknown tool 'MagicRefunds'", StringComparison.Ordinal));
        var feedback = _server.Requests[2].Messages[^1].GetProperty("content").GetString()!;
        Assert.Contains("risks", feedback);
        Assert.Contains("MagicRefunds", feedback);
    }
}
