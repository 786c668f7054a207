using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Intents;

namespace AgentSupport.Workbench.Tests.Analysis;

/// <summary>
/// The shared samples, with figures pinned after checking them against the independent reader in
/// benchmarks/reference_analyze.py, which follows docs/design.md, "Metrics".
/// </summary>
public sealed class SampleFilesTests
{
    private const int Precision = 12;

    [Fact]
    public async Task Seed_sample_gives_the_pinned_metrics_in_words_mode()
    {
        var result = (await new ConversationAnalyzer().AnalyzeFileAsync(RepositoryFiles.SeedSample)).Result;

        Assert.Equal((600L, 0L), (result.NValid, result.NBadLines));
        Assert.Equal(0.6483333333333333, result.Overall.ResolutionRate!.Value, Precision);
        Assert.Equal(3.4784873949579835, result.Overall.AvgCsat!.Value, Precision);
        Assert.Equal(6.783333333333333, result.Overall.AvgTurns!.Value, Precision);
        Assert.Equal(421.3115577889447, result.Overall.AvgDurationSec!.Value, Precision);
        Assert.Equal(0.49746568627450977, result.Overall.Composite!.Value, Precision);
        Assert.Equal([104L, 77, 87, 24, 129, 93, 85, 80], result.Intents.Values);
        Assert.Equal(
            ["warranty_claim", "credit_prequal", "payment_status", "status_eval", "kyc_docs", "offer_24h", "appointment", "reschedule_inspection"],
            result.Ranking.Select(r => r.Intent));
        Assert.Equal(0.73, result.Ranking[0].Score, Precision);
        Assert.Equal(0.6344086021505376, result.Ranking[0].UnresolvedRate, Precision);
        Assert.Equal(1.9489130434782616, result.Ranking[0].CsatGap, Precision);
        Assert.Equal(0.15, result.Ranking[^1].Score, Precision);
        Assert.Equal(["ask", "buying", "credit", "feedback", "service", "warranty"], result.ByContext.Keys);
        var warranty = result.ByContext["warranty"];
        Assert.Equal(45, warranty.N);
        Assert.Equal(0.37777777777777777, warranty.ResolutionRate!.Value, Precision);
        Assert.Equal(0.3358271604938272, warranty.Composite!.Value, Precision);
    }

    [Fact]
    public async Task Seed_sample_in_seed_mode_counts_the_near_misses_the_older_patterns_accept()
    {
        var settings = new AnalysisSettings { Intents = IntentCatalog.Default(IntentMode.Seed) };
        var result = (await new ConversationAnalyzer(settings).AnalyzeFileAsync(RepositoryFiles.SeedSample)).Result;

        Assert.Equal([110L, 77, 68, 20, 130, 83, 82, 164], result.Intents.Values);
        Assert.Equal("warranty_claim", result.Ranking[0].Intent);
        Assert.Equal(0.653125, result.Ranking[0].Score, Precision);
        Assert.Equal(0.49746568627450977, result.Overall.Composite!.Value, Precision);
    }

    [Fact]
    public async Task Roles_sample_gives_the_pinned_metrics()
    {
        var result = (await new ConversationAnalyzer().AnalyzeFileAsync(RepositoryFiles.RolesSample)).Result;

        Assert.Equal((60L, 0L), (result.NValid, result.NBadLines));
        Assert.Equal(0.5666666666666667, result.Overall.ResolutionRate!.Value, Precision);
        Assert.Equal(3.2583333333333337, result.Overall.AvgCsat!.Value, Precision);
        Assert.Equal(6.7, result.Overall.AvgTurns!.Value, Precision);
        Assert.Equal(402.55, result.Overall.AvgDurationSec!.Value, Precision);
        Assert.Equal(0.45175925925925925, result.Overall.Composite!.Value, Precision);
        Assert.Equal([10L, 8, 7, 2, 9, 12, 12, 9], result.Intents.Values);
        Assert.Equal("warranty_claim", result.Ranking[0].Intent);
        Assert.Equal(0.7849563619660083, result.Ranking[0].Score, Precision);
        Assert.Equal(0.5284920634920635, result.ByContext["ask"].Composite!.Value, Precision);
    }

    [Fact]
    public async Task Roles_sample_in_seed_mode_gives_the_pinned_intents()
    {
        var settings = new AnalysisSettings { Intents = IntentCatalog.Default(IntentMode.Seed) };
        var result = (await new ConversationAnalyzer(settings).AnalyzeFileAsync(RepositoryFiles.RolesSample)).Result;

        Assert.Equal([10L, 8, 4, 2, 10, 10, 12, 15], result.Intents.Values);
        Assert.Equal("credit_prequal", result.Ranking[0].Intent);
        Assert.Equal(0.6840802675585285, result.Ranking[0].Score, Precision);
    }

    [Fact]
    public async Task Both_samples_in_one_stream_count_every_conversation()
    {
        var both = new MemoryStream([.. File.ReadAllBytes(RepositoryFiles.SeedSample), .. File.ReadAllBytes(RepositoryFiles.RolesSample)]);

        var result = (await new ConversationAnalyzer().AnalyzeAsync(both)).Result;

        Assert.Equal((660L, 0L), (result.NValid, result.NBadLines));
        Assert.Equal((0.6483333333333333 * 600 + 0.5666666666666667 * 60) / 660, result.Overall.ResolutionRate!.Value, Precision);
    }
}
