using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Regeneration;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace AgentSupport.Workbench.Tests.Loop.Comparison;

public sealed class PowerEstimateTests
{
    private static PowerEstimate Estimate(double sd, double effect, int contexts = 6) =>
        PowerEstimate.From(Spread(sd), contexts, ComparisonSettings.Default with { MinimumEffect = effect });

    /// <summary>Two values a distance apart whose sample standard deviation is <paramref name="sd"/>.</summary>
    private static RunningStatistics Spread(double sd) => new([0, sd * Math.Sqrt(2)]);

    [Fact]
    public void Pairs_needed_follow_the_documented_formula()
    {
        var estimate = Estimate(sd: 0.2, effect: 0.1);

        // 2 · (1.959964 + 0.841621)² · 0.2² / 0.1² = 62.8 → 63 pairs, 11 per context over 6 contexts.
        Assert.Equal(2.8016, estimate.Z, 4);
        Assert.Equal(63, estimate.PairsNeeded);
        Assert.Equal(11, estimate.PerContextNeeded);
        Assert.False(estimate.Reachable);
        Assert.Equal(PowerEstimate.MaxPerContext, estimate.DefaultPerContext);
        Assert.Equal(0.1023, estimate.DetectableEffect(PowerEstimate.MaxPerContext), 4);
    }

    [Fact]
    public void A_size_detects_the_minimum_effect_exactly_when_it_holds_the_pairs_needed()
    {
        var estimate = Estimate(sd: 0.15, effect: 0.1);

        Assert.Equal(36, estimate.PairsNeeded);
        Assert.Equal(6, estimate.DefaultPerContext);
        Assert.True(estimate.Detects(6));
        Assert.False(estimate.Detects(5));
        Assert.True(estimate.DetectableEffect(6) <= 0.1);
        Assert.True(estimate.DetectableEffect(5) > 0.1);
        // Noisier data or a smaller effect need more; a dataset without spread still needs the two pairs an interval needs.
        Assert.True(Estimate(0.3, 0.1).PairsNeeded > estimate.PairsNeeded);
        Assert.True(Estimate(0.15, 0.05).PairsNeeded > estimate.PairsNeeded);
        Assert.Equal(2, Estimate(0, 0.1).PairsNeeded);
        Assert.Equal(1, Estimate(0, 0.1).DefaultPerContext);
    }

    [Fact]
    public void Runs_of_the_estimated_size_detect_the_minimum_effect_about_four_times_in_five()
    {
        const double sd = 0.2, effect = 0.1;
        var estimate = Estimate(sd, effect, contexts: 1);
        var random = new Random(7);
        var (baseline, candidate) = (new Normal(0, sd, random), new Normal(effect, sd, random));
        const int trials = 2000;
        var detected = 0;
        for (var trial = 0; trial < trials; trial++)
        {
            var differences = Enumerable.Range(0, estimate.PairsNeeded).Select(_ => candidate.Sample() - baseline.Sample()).ToArray();
            var low = differences.Mean() - 1.959964 * differences.StandardDeviation() / Math.Sqrt(differences.Length);
            if (low > 0) detected++;
        }

        Assert.InRange(detected / (double)trials, 0.77, 0.86);
    }

    [Fact]
    public async Task On_the_sample_dataset_a_run_needs_eight_conversations_per_context_to_see_the_default_minimum_effect()
    {
        var metrics = MetricSettings.Default;
        var composites = new RunningStatistics();
        var report = await new ConversationAnalyzer(AnalysisSettings.Default)
            .AnalyzeFileAsync(RepositoryFiles.Sample("conversations_sample.jsonl"), onConversation: c => composites.Push(PowerEstimate.CompositeOf(c, metrics)));
        var contexts = ScenarioPlanner.MirrorOf(report, perContext: 1, seed: 0).Contexts.Count;

        var estimate = PowerEstimate.From(composites, contexts, ComparisonSettings.Default);

        Assert.Equal(600, composites.Count);
        Assert.Equal(6, estimate.Contexts);
        Assert.Equal(0.15, estimate.MinimumEffect);
        Assert.Equal(0.254, estimate.StandardDeviation, 3);
        Assert.Equal(46, estimate.PairsNeeded);
        Assert.Equal(8, estimate.DefaultPerContext);
        Assert.False(estimate.Detects(7));
    }
}
