using AgentSupport.Workbench.Analysis.Intents;
namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>The tool ranking of docs/design.md, "Metrics": four min-max normalised criteria, fixed weights, ties in table order.</summary>
internal static class ToolRanker
{
    private const double FrequencyWeight = 0.35;
    private const double UnresolvedWeight = 0.30;
    private const double CsatGapWeight = 0.20;
    private const double EffortWeight = 0.15;

    // When no conversation of an intent has a csat there is no gap to measure; a neutral middle value keeps it rankable.
    private const double UnknownCsatGap = 0.5;

    public static IReadOnlyList<ToolRanking> Rank(IntentCatalog catalog, IReadOnlyList<MetricAccumulator> byIntent, double targetCsat)
    {
        var present = Enumerable.Range(0, byIntent.Count).Where(i => byIntent[i].Count > 0).ToArray();
        if (present.Length == 0)
        {
            return [];
        }

        var frequency = present.Select(i => (double)byIntent[i].Count).ToArray();
        var unresolved = present.Select(i => (double)(byIntent[i].Count - byIntent[i].ResolvedCount) / byIntent[i].Count).ToArray();
        var csatGap = present.Select(i => byIntent[i].AvgCsat is { } avg ? Math.Max(0, targetCsat - avg) : UnknownCsatGap).ToArray();
        var effortInverse = present.Select(i => 1.0 / catalog.Intents[i].Effort).ToArray();

        var (nFrequency, nUnresolved, nCsatGap, nEffort) =
            (Normalise(frequency), Normalise(unresolved), Normalise(csatGap), Normalise(effortInverse));

        // OrderByDescending is stable, so equal scores keep the table order.
        return present
            .Select((intent, k) => new ToolRanking
            {
                Intent = catalog.Intents[intent].Name,
                Tool = catalog.Intents[intent].Tool,
                Frequency = byIntent[intent].Count,
                UnresolvedRate = unresolved[k],
                CsatGap = csatGap[k],
                Effort = catalog.Intents[intent].Effort,
                Score = FrequencyWeight * nFrequency[k] + UnresolvedWeight * nUnresolved[k]
                    + CsatGapWeight * nCsatGap[k] + EffortWeight * nEffort[k],
            })
            .OrderByDescending(row => row.Score)
            .ToArray();
    }

    private static double[] Normalise(double[] values)
    {
        var (min, max) = (values.Min(), values.Max());
        return max == min ? values.Select(_ => 0.5).ToArray() : values.Select(v => (v - min) / (max - min)).ToArray();
    }
}
