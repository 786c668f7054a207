using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>
/// Percentile bootstrap of metric deltas. Paired arms resample scenarios (the same index from both arms, so a
/// scenario's difficulty cancels out); unpaired arms resample each arm on its own. Each resample is analysed with
/// the analysis's own accumulator, so a resampled metric is computed exactly like the reported one.
/// </summary>
internal static class Bootstrap
{
    /// <summary>Fewer conversations than this per arm give no interval: every resample would be the sample itself.</summary>
    public const int MinConversations = 2;

    public static IReadOnlyDictionary<Metric, ConfidenceInterval?> Intervals(
        IReadOnlyList<ConversationRecord> baseline,
        IReadOnlyList<ConversationRecord> candidate,
        bool paired,
        MetricSettings metrics,
        ComparisonSettings settings)
    {
        if (baseline.Count < MinConversations || candidate.Count < MinConversations)
        {
            return Metric.All.ToDictionary(m => m, _ => (ConfidenceInterval?)null);
        }

        var random = new Random(settings.Seed);
        var deltas = Metric.All.ToDictionary(m => m, _ => new List<double>(settings.Resamples));
        for (var r = 0; r < settings.Resamples; r++)
        {
            var (b, c) = (new MetricAccumulator(), new MetricAccumulator());
            if (paired)
            {
                for (var i = 0; i < baseline.Count; i++)
                {
                    var k = random.Next(baseline.Count);
                    b.Add(baseline[k]);
                    c.Add(candidate[k]);
                }
            }
            else
            {
                Resample(baseline, b, random);
                Resample(candidate, c, random);
            }

            var (bm, cm) = (b.ToMetrics(metrics), c.ToMetrics(metrics));
            foreach (var metric in Metric.All)
            {
                if (metric.Read(bm) is { } before && metric.Read(cm) is { } after)
                {
                    deltas[metric].Add(after - before);
                }
            }
        }

        var alpha = 1 - settings.Confidence;
        return deltas.ToDictionary(
            pair => pair.Key,
            // A metric missing from most resamples (a csat almost nobody gave) has no trustworthy interval.
            pair => pair.Value.Count * 2 < settings.Resamples
                ? null
                : new ConfidenceInterval(Percentile(pair.Value, alpha / 2), Percentile(pair.Value, 1 - alpha / 2)));
    }

    private static void Resample(IReadOnlyList<ConversationRecord> arm, MetricAccumulator into, Random random)
    {
        for (var i = 0; i < arm.Count; i++)
        {
            into.Add(arm[random.Next(arm.Count)]);
        }
    }

    /// <summary>Linear interpolation between closest ranks (the usual "type 7" quantile).</summary>
    internal static double Percentile(List<double> values, double q)
    {
        values.Sort();
        var position = q * (values.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, values.Count - 1);
        return values[below] + (position - below) * (values[above] - values[below]);
    }
}
