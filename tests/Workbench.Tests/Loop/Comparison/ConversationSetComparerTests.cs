using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Workbench.Tests.Loop.Comparison;

public sealed class ConversationSetComparerTests
{
    private static readonly ConversationAnalyzer Analyzer = new();

    private static async Task<ComparisonResult> CompareAsync(IReadOnlyList<ConversationInput> baseline, IReadOnlyList<ConversationInput> candidate)
    {
        var before = await ComparisonArm.FromConversationsAsync(Analyzer, "baseline", baseline);
        var after = await ComparisonArm.FromConversationsAsync(Analyzer, "candidate", candidate);
        return new ConversationSetComparer(Analyzer.Settings.Metrics).Compare(before, after);
    }

    [Fact]
    public async Task Both_arms_get_the_metrics_the_analysis_computes_for_them()
    {
        // Baseline: 1 of 2 resolved, csat 2 and 4, 4 and 6 turns, 60 s and 120 s.
        ConversationInput[] baseline = [Conversations.Make("a", true, 2, 4, 60), Conversations.Make("b", false, 4, 6, 120)];
        ConversationInput[] candidate = [Conversations.Make("a", true, 5, 2, 30), Conversations.Make("b", true, 4, 2, 30)];

        var result = await CompareAsync(baseline, candidate);

        var resolution = result.Delta(Metric.ResolutionRate);
        Assert.Equal(0.5, resolution.Baseline);
        Assert.Equal(1.0, resolution.Candidate);
        Assert.Equal(0.5, resolution.Delta);
        Assert.Equal(3.0, result.Delta(Metric.AvgCsat).Baseline);
        Assert.Equal(4.5, result.Delta(Metric.AvgCsat).Candidate);
        Assert.Equal(-3.0, result.Delta(Metric.AvgTurns).Delta);
        Assert.Equal(-60.0, result.Delta(Metric.AvgDurationSec).Delta);
        // Baseline composite: (.35·3/4.5 + .35·.5 + .15·(1 − 5/6) + .15·(1 − 90/120)) / 1.
        Assert.Equal(0.35 * 3 / 4.5 + 0.35 * 0.5 + 0.15 / 6 + 0.15 * 0.25, result.Delta(Metric.Composite).Baseline!.Value, 12);
        Assert.Equal(2, result.Baseline.Metrics.N);
    }

    [Fact]
    public async Task Fewer_turns_and_shorter_conversations_count_as_better_and_more_as_worse()
    {
        var baseline = Conversations.Many(10, true, 4, turns: 6, duration: 100);
        var shorter = Conversations.Many(10, true, 4, turns: 4, duration: 50);

        var improved = await CompareAsync(baseline, shorter);
        var regressed = await CompareAsync(shorter, baseline);

        Assert.Equal(DeltaDirection.Better, improved.Delta(Metric.AvgTurns).Direction);
        Assert.Equal("▲", improved.Delta(Metric.AvgTurns).Symbol);
        Assert.Equal(DeltaDirection.Better, improved.Delta(Metric.AvgDurationSec).Direction);
        Assert.Equal(DeltaDirection.Worse, regressed.Delta(Metric.AvgTurns).Direction);
        Assert.Equal("▼", regressed.Delta(Metric.AvgDurationSec).Symbol);
    }

    [Fact]
    public async Task A_constant_paired_difference_has_an_interval_of_exactly_that_difference()
    {
        // Every pair differs by 2 turns, so every paired resample differs by 2 turns.
        ConversationInput[] baseline = [.. Enumerable.Range(1, 8).Select(i => Conversations.Make($"s{i}", true, 4, turns: 4 + i))];
        ConversationInput[] candidate = [.. Enumerable.Range(1, 8).Select(i => Conversations.Make($"s{i}", true, 4, turns: 2 + i))];

        var turns = (await CompareAsync(baseline, candidate)).Delta(Metric.AvgTurns);

        Assert.Equal(-2.0, turns.Delta);
        Assert.Equal(new ConfidenceInterval(-2, -2), turns.Interval);
    }

    [Fact]
    public async Task Pairing_follows_conversation_ids_not_file_order()
    {
        ConversationInput[] baseline = [.. Enumerable.Range(1, 8).Select(i => Conversations.Make($"s{i}", true, 4, turns: 4 + i))];
        var candidate = Enumerable.Range(1, 8).Select(i => Conversations.Make($"s{i}", true, 4, turns: 2 + i)).Reverse().ToArray();

        var result = await CompareAsync(baseline, candidate);

        Assert.True(result.Paired);
        Assert.Equal(new ConfidenceInterval(-2, -2), result.Delta(Metric.AvgTurns).Interval);
    }

    [Fact]
    public async Task Arms_with_different_ids_are_resampled_independently()
    {
        var baseline = Conversations.Many(8, true, 4, turns: 4);
        var candidate = Conversations.Many(8, true, 4, turns: 4).Select(c => c with { ConversationId = "x" + c.ConversationId }).ToArray();

        var result = await CompareAsync(baseline, candidate);

        Assert.False(result.Paired);
        Assert.Contains("not paired", result.Samples[0].Why);
    }

    [Fact]
    public async Task Identical_arms_show_no_difference()
    {
        ConversationInput[] arm = [.. Enumerable.Range(1, 12).Select(i => Conversations.Make($"s{i}", i % 3 == 0, 1 + i % 5, 2 + i % 4, 30 * i))];

        var result = await CompareAsync(arm, arm);

        Assert.All(result.Deltas, d => Assert.Equal(DeltaDirection.WithinNoise, d.Direction));
        Assert.All(result.Deltas, d => Assert.Equal(new ConfidenceInterval(0, 0), d.Interval));
        Assert.Equal(Verdict.NoDifference, result.Verdict);
        Assert.Equal("=", result.Delta(Metric.Composite).Symbol);
    }

    [Fact]
    public async Task A_candidate_that_resolves_more_with_higher_csat_is_better_with_an_interval_above_zero()
    {
        ConversationInput[] baseline = [.. Enumerable.Range(1, 10).Select(i => Conversations.Make($"s{i}", i <= 2, 2, 4, 60))];
        ConversationInput[] candidate = [.. Enumerable.Range(1, 10).Select(i => Conversations.Make($"s{i}", i <= 9, 4.5, 4, 60))];

        var result = await CompareAsync(baseline, candidate);

        var composite = result.Delta(Metric.Composite);
        Assert.Equal(Verdict.Better, result.Verdict);
        Assert.True(composite.Interval!.Low > 0);
        Assert.True(composite.Interval.Low <= composite.Delta && composite.Delta <= composite.Interval.High);
        // csat 2 → 4.5 adds .35·(1 − 2/4.5); resolution .2 → .9 adds .35·.7.
        Assert.Equal(0.35 * (1 - 2 / 4.5) + 0.35 * 0.7, composite.Delta!.Value, 12);
        Assert.Contains("composite improved", result.VerdictReason);
    }

    [Fact]
    public async Task A_candidate_that_resolves_less_is_worse()
    {
        ConversationInput[] baseline = [.. Enumerable.Range(1, 10).Select(i => Conversations.Make($"s{i}", true, 4.5, 4))];
        ConversationInput[] candidate = [.. Enumerable.Range(1, 10).Select(i => Conversations.Make($"s{i}", i <= 2, 2, 4))];

        var result = await CompareAsync(baseline, candidate);

        Assert.Equal(Verdict.Worse, result.Verdict);
        Assert.True(result.Delta(Metric.Composite).Interval!.High < 0);
        Assert.Equal(DeltaDirection.Worse, result.Delta(Metric.ResolutionRate).Direction);
    }

    [Fact]
    public void A_significantly_worse_metric_without_a_composite_gain_is_worse_and_with_one_is_a_trade_off()
    {
        var flatComposite = ConversationSetComparer.Decide(
            [Delta(Metric.AvgTurns, DeltaDirection.Worse), Delta(Metric.Composite, DeltaDirection.WithinNoise)], paired: true);
        var betterComposite = ConversationSetComparer.Decide(
            [Delta(Metric.AvgTurns, DeltaDirection.Worse), Delta(Metric.Composite, DeltaDirection.Better)], paired: true);

        Assert.Equal(Verdict.Worse, flatComposite.Verdict);
        Assert.Contains("avg_turns", flatComposite.Reason);
        Assert.Equal(Verdict.BetterWithTradeOff, betterComposite.Verdict);
        Assert.Contains("trade-off", betterComposite.Reason);
        Assert.Contains("avg_turns", betterComposite.Reason);
    }

    [Fact]
    public void A_metric_gain_while_the_composite_stays_within_the_noise_is_inconclusive_not_no_difference()
    {
        var decided = ConversationSetComparer.Decide(
            [Delta(Metric.AvgCsat, DeltaDirection.Better), Delta(Metric.Composite, DeltaDirection.WithinNoise)], paired: true);

        Assert.Equal(Verdict.Inconclusive, decided.Verdict);
        Assert.Contains("avg_csat", decided.Reason);
    }

    [Fact]
    public async Task A_composite_gain_that_costs_duration_is_better_with_a_trade_off_on_duration()
    {
        // The planted-defect pattern: the candidate resolves far more and is rated higher, but every conversation is 90 s longer.
        ConversationInput[] baseline = [.. Enumerable.Range(1, 12).Select(i => Conversations.Make($"s{i}", i <= 3, 2, 4, 60 + i))];
        ConversationInput[] candidate = [.. Enumerable.Range(1, 12).Select(i => Conversations.Make($"s{i}", i <= 11, 4.5, 4, 150 + i))];

        var result = await CompareAsync(baseline, candidate);

        Assert.Equal(DeltaDirection.Better, result.Delta(Metric.Composite).Direction);
        Assert.Equal(DeltaDirection.Worse, result.Delta(Metric.AvgDurationSec).Direction);
        Assert.Equal(Verdict.BetterWithTradeOff, result.Verdict);
        Assert.Equal(["avg_duration_sec"], result.TradeOffs);
        Assert.Contains("\"verdict\": \"better_with_trade_off\"", System.Text.Json.JsonSerializer.Serialize(result, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task A_single_conversation_per_arm_gets_no_interval_and_an_inconclusive_verdict()
    {
        var result = await CompareAsync([Conversations.Make("s1", false, 1, 8)], [Conversations.Make("s1", true, 5, 2)]);

        Assert.All(result.Deltas, d => Assert.Null(d.Interval));
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.Empty(result.TradeOffs);
        Assert.Equal(1.0, result.Delta(Metric.ResolutionRate).Delta);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_intervals_and_another_seed_other_ones()
    {
        ConversationInput[] baseline = [.. Enumerable.Range(1, 15).Select(i => Conversations.Make($"s{i}", i % 2 == 0, 1 + i % 5, 2 + i % 5, 20 * i))];
        ConversationInput[] candidate = [.. Enumerable.Range(1, 15).Select(i => Conversations.Make($"s{i}", i % 3 != 0, 1 + (i + 2) % 5, 2 + i % 3, 15 * i))];
        var before = await ComparisonArm.FromConversationsAsync(Analyzer, "baseline", baseline);
        var after = await ComparisonArm.FromConversationsAsync(Analyzer, "candidate", candidate);

        var first = new ConversationSetComparer(Analyzer.Settings.Metrics).Compare(before, after);
        var again = new ConversationSetComparer(Analyzer.Settings.Metrics).Compare(before, after);
        var otherSeed = new ConversationSetComparer(Analyzer.Settings.Metrics, new ComparisonSettings { Seed = 7 }).Compare(before, after);

        Assert.Equal(first.Deltas, again.Deltas);
        Assert.NotEqual(first.Delta(Metric.Composite).Interval, otherSeed.Delta(Metric.Composite).Interval);
    }

    [Fact]
    public async Task Samples_put_flipped_resolutions_first()
    {
        ConversationInput[] baseline = [.. Enumerable.Range(1, 6).Select(i => Conversations.Make($"s{i}", true, 4, 4))];
        var candidate = baseline.Select(c => c.ConversationId == "s5" ? c with { Resolved = false, Csat = 2 } : c).ToArray();

        var result = await CompareAsync(baseline, candidate);

        Assert.Equal("s5", result.Samples[0].ConversationId);
        Assert.Equal(5, result.Samples[0].BaselinePosition);
        Assert.Equal("resolved yes → no, csat 4 → 2, turns 4 → 4", result.Samples[0].Why);
    }

    [Fact]
    public async Task By_context_lists_every_context_of_either_arm()
    {
        ConversationInput[] baseline = [Conversations.Make("a", true, 4, 4, context: "buying"), Conversations.Make("b", true, 4, 4, context: "credit")];
        ConversationInput[] candidate = [Conversations.Make("a", true, 4, 4, context: "buying"), Conversations.Make("b", true, 4, 4, context: "warranty")];

        var result = await CompareAsync(baseline, candidate);

        Assert.Equal(["buying", "credit", "warranty"], result.ByContext.Select(c => c.Context));
        Assert.Null(result.ByContext[1].Candidate);
        Assert.Null(result.ByContext[2].Baseline);
    }

    /// <summary>A delta that only says its direction: the verdict rules read nothing else.</summary>
    private static MetricDelta Delta(Metric metric, DeltaDirection direction) => new()
    {
        Metric = metric.Key,
        HigherIsBetter = metric.HigherIsBetter,
        Baseline = 1,
        Candidate = 1,
        Delta = 0,
        Interval = new ConfidenceInterval(-1, 1),
        Direction = direction,
    };
}
