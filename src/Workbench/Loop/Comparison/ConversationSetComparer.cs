using System.Globalization;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>
/// Compares a candidate conversation set with a baseline: the registry's metrics for both, direction-aware deltas with
/// bootstrap intervals, and a verdict.
/// <para>
/// Verdict rule (docs/design.md, "Comparison and verdict"): <b>better</b> when the composite's interval lies above zero
/// and no other metric is significantly worse; <b>better, with a trade-off</b> when it lies above zero and some other
/// metric is significantly worse; <b>worse</b> when it lies below zero, or when another metric is significantly worse
/// and the composite did not improve; <b>no difference</b> when no metric moved; <b>inconclusive</b> when there is no
/// interval, or a metric improved while the composite stayed within the noise.
/// </para>
/// </summary>
public sealed class ConversationSetComparer
{
    private readonly MetricSettings _metrics;
    private readonly ComparisonSettings _settings;

    /// <param name="metrics">Must be the settings both arms were analysed with.</param>
    public ConversationSetComparer(MetricSettings metrics, ComparisonSettings? settings = null)
    {
        _metrics = metrics;
        _settings = settings ?? ComparisonSettings.Default;
        _settings.Validate();
    }

    public ComparisonResult Compare(ComparisonArm baseline, ComparisonArm candidate)
    {
        var (before, after) = (baseline.Conversations, candidate.Conversations);
        var paired = TryPair(before, after, out var alignedAfter);
        if (paired)
        {
            after = alignedAfter;
        }

        var intervals = Bootstrap.Intervals(before, after, paired, _metrics, _settings);
        var baselineMetrics = baseline.Report.Result.Overall;
        var candidateMetrics = candidate.Report.Result.Overall;
        var deltas = Metric.All.Select(metric =>
        {
            var (b, c) = (metric.Read(baselineMetrics), metric.Read(candidateMetrics));
            var interval = intervals[metric];
            return new MetricDelta
            {
                Metric = metric.Key,
                HigherIsBetter = metric.HigherIsBetter,
                Baseline = b,
                Candidate = c,
                Delta = c - b,
                Interval = interval,
                Direction = metric.Classify(interval),
            };
        }).ToArray();

        var (verdict, reason) = Decide(deltas, paired);
        return new ComparisonResult
        {
            Verdict = verdict,
            VerdictReason = reason,
            TradeOffs = verdict == Verdict.BetterWithTradeOff ? WorseElsewhere(deltas) : [],
            Paired = paired,
            Resamples = _settings.Resamples,
            Seed = _settings.Seed,
            Confidence = _settings.Confidence,
            Baseline = Summary(baseline, baselineMetrics),
            Candidate = Summary(candidate, candidateMetrics),
            Deltas = deltas,
            ByContext = ByContext(baseline.Report, candidate.Report),
            Samples = paired ? PairedSamples(before, after) : UnpairedSamples(before, after),
        };
    }

    /// <summary>Applies the verdict rule of the class summary.</summary>
    internal static (Verdict Verdict, string Reason) Decide(IReadOnlyList<MetricDelta> deltas, bool paired)
    {
        var composite = deltas.Single(d => d.Metric == Metric.Composite.Key);
        var worse = WorseElsewhere(deltas);
        var better = deltas.Where(d => d.Direction == DeltaDirection.Better && d.Metric != composite.Metric).Select(d => d.Metric).ToArray();
        var how = paired ? "paired" : "unpaired";
        if (composite.Interval is null)
        {
            return (Verdict.Inconclusive, "Too few conversations to put an interval on the composite delta.");
        }

        var interval = $"{Signed(composite.Delta)} [{Signed(composite.Interval.Low)}, {Signed(composite.Interval.High)}]";
        return composite.Direction switch
        {
            DeltaDirection.Better when worse.Count == 0 =>
                (Verdict.Better, $"The composite improved by {interval} ({how} 95% interval above zero) and no metric is significantly worse."),
            DeltaDirection.Better =>
                (Verdict.BetterWithTradeOff, $"The composite improved by {interval} ({how} 95% interval above zero), but {string.Join(", ", worse)} got significantly worse: a trade-off to accept or refuse."),
            DeltaDirection.Worse =>
                (Verdict.Worse, $"The composite dropped by {interval} ({how} interval below zero)."),
            _ when worse.Count > 0 =>
                (Verdict.Worse, $"{string.Join(", ", worse)} got significantly worse and the composite did not improve ({interval})."),
            _ when better.Length > 0 =>
                (Verdict.Inconclusive, $"{string.Join(", ", better)} improved significantly, but the composite delta {interval} is within the noise."),
            _ => (Verdict.NoDifference, $"No metric changed significantly: the composite delta {interval} is within the noise, and so is every other delta."),
        };
    }

    /// <summary>The metrics other than the composite whose interval lies on their bad side of zero.</summary>
    private static IReadOnlyList<string> WorseElsewhere(IReadOnlyList<MetricDelta> deltas) =>
        deltas.Where(d => d.Direction == DeltaDirection.Worse && d.Metric != Metric.Composite.Key).Select(d => d.Metric).ToArray();

    /// <summary>Arms pair when both hold the same unique conversation ids; the candidate is then reordered to the baseline's order.</summary>
    private static bool TryPair(IReadOnlyList<ConversationRecord> baseline, IReadOnlyList<ConversationRecord> candidate, out IReadOnlyList<ConversationRecord> aligned)
    {
        aligned = candidate;
        if (baseline.Count != candidate.Count || baseline.Count == 0 || baseline.Any(r => r.ConversationId is null) || candidate.Any(r => r.ConversationId is null))
        {
            return false;
        }

        var byId = new Dictionary<string, ConversationRecord>(StringComparer.Ordinal);
        foreach (var record in candidate)
        {
            if (!byId.TryAdd(record.ConversationId!, record))
            {
                return false;
            }
        }

        var ordered = new List<ConversationRecord>(baseline.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in baseline)
        {
            if (!seen.Add(record.ConversationId!) || !byId.TryGetValue(record.ConversationId!, out var match))
            {
                return false;
            }

            ordered.Add(match);
        }

        aligned = ordered;
        return true;
    }

    private static ArmSummary Summary(ComparisonArm arm, ConversationMetrics metrics) =>
        new(arm.Label, arm.Failed, arm.Report.Result.NBadLines, metrics);

    private static ContextComparison[] ByContext(AnalysisReport baseline, AnalysisReport candidate) =>
        baseline.Result.ByContext.Keys.Union(candidate.Result.ByContext.Keys).Order(StringComparer.Ordinal)
            .Select(context => new ContextComparison(
                context,
                baseline.Result.ByContext.GetValueOrDefault(context),
                candidate.Result.ByContext.GetValueOrDefault(context)))
            .ToArray();

    /// <summary>Pairs whose outcome changed most: a flipped resolution first, then the largest csat and turn changes.</summary>
    private SamplePair[] PairedSamples(IReadOnlyList<ConversationRecord> baseline, IReadOnlyList<ConversationRecord> candidate) =>
        Enumerable.Range(0, baseline.Count)
            .Select(i => (b: baseline[i], c: candidate[i]))
            .Select(pair => (pair, change:
                (pair.b.Resolved != pair.c.Resolved ? 10 : 0)
                + Math.Abs((pair.c.Csat ?? 0) - (pair.b.Csat ?? 0))
                + Math.Abs(pair.c.Turns - pair.b.Turns) * 0.1))
            .OrderByDescending(x => x.change)
            .Take(_settings.SampleCount)
            .Select(x => new SamplePair(x.pair.b.Line, x.pair.c.Line, x.pair.b.ConversationId, Why(x.pair.b, x.pair.c)))
            .ToArray();

    private SamplePair[] UnpairedSamples(IReadOnlyList<ConversationRecord> baseline, IReadOnlyList<ConversationRecord> candidate) =>
        baseline.Zip(candidate)
            .Take(_settings.SampleCount)
            .Select(pair => new SamplePair(pair.First.Line, pair.Second.Line, null, "the arms are not paired: conversations shown in file order"))
            .ToArray();

    private static string Why(ConversationRecord baseline, ConversationRecord candidate) =>
        $"resolved {YesNo(baseline.Resolved)} → {YesNo(candidate.Resolved)}, csat {Plain(baseline.Csat)} → {Plain(candidate.Csat)}, turns {baseline.Turns} → {candidate.Turns}";

    private static string YesNo(bool value) => value ? "yes" : "no";

    internal static string Signed(double? value) => Plain(value, "+0.###;-0.###;0");

    internal static string Plain(double? value, string format = "0.###") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
