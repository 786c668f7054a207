using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Discovery;

namespace AgentSupport.Workbench.Tests.Discovery;

public sealed class IntentConfigStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("intents-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_accepted_candidate_joins_the_table_the_tool_ranking_uses_and_is_audited()
    {
        var store = new IntentConfigStore(Path.Combine(_folder, "intents.json"), new FixedTime(Now));
        var discovery = await new IntentDiscoverer(new TfidfEmbeddingGenerator(), DiscoveryEmbedders.Tfidf, store.Current())
            .DiscoverAsync(PlantedIntents.Conversations(), new DiscoveryOptions { K = 3 });
        var shipping = discovery.Candidates.Single(c => c.Examples.Any(e => PlantedIntents.Shipping.Contains(e))) with { Name = "shipping_other_city" };

        await store.AcceptAsync(shipping, "admin@agentsupport.local", "d-1");

        var table = store.Current();
        Assert.Equal(IntentCatalog.Default().Intents.Count + 1, table.Intents.Count);
        var added = table.Intents[^1];
        Assert.Equal("shipping_other_city", added.Name);
        Assert.Equal(shipping.ClosestTool ?? "New tool: shipping_other_city", added.Tool);
        var report = await new ConversationAnalyzer(new AnalysisSettings { Intents = table }).AnalyzeAsync(Inputs(PlantedIntents.Shipping));
        var expected = PlantedIntents.Shipping.Count(added.Pattern.IsMatch);
        Assert.True(expected >= PlantedIntents.Shipping.Length / 2);
        Assert.Contains(report.Result.Ranking, row => row.Intent == "shipping_other_city" && row.Frequency == expected);
        var decision = Assert.Single(await store.ReadAuditAsync());
        Assert.Equal(("accept", "admin@agentsupport.local", "shipping_other_city", Now), (decision.Action, decision.By, decision.Name, decision.At));
        Assert.Equal(shipping.Pattern.Pattern, decision.Pattern);
    }

    [Fact]
    public async Task A_name_already_in_the_table_is_refused_and_a_rejection_is_audited_without_changing_it()
    {
        var store = new IntentConfigStore(Path.Combine(_folder, "intents.json"), new FixedTime(Now));
        var candidate = new IntentCandidate
        {
            Id = "c1", Name = "payment_status", Description = "d", Size = 3, Conversations = 3, Share = 0.1, Examples = [], Terms = [],
            Pattern = new PatternProposal(@"\bpago\b", 1, 1, 3, 3), Members = [0, 1, 2],
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AcceptAsync(candidate, "admin", null));
        await store.RejectAsync(candidate with { Name = "thanks" }, "admin", "not an intent", "d-2");

        Assert.False(File.Exists(store.ConfigPath));
        var decision = Assert.Single(await store.ReadAuditAsync());
        Assert.Equal(("reject", "thanks", "not an intent"), (decision.Action, decision.Name, decision.Reason));
    }

    private static async IAsyncEnumerable<ConversationInput> Inputs(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            yield return new ConversationInput { ConversationId = text, Transcript = [new TranscriptMessage("cliente", text)] };
        }

        await Task.CompletedTask;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
