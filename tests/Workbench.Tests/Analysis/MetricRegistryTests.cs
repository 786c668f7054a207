using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed partial class MetricRegistryTests
{
    [Fact]
    public void Every_metric_has_one_key_and_the_design_document_defines_it_with_its_direction()
    {
        var documented = MetricRow().Matches(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "design.md")))
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["better"].Value);

        Assert.Equal(Metric.All.Count, Metric.All.Select(m => m.Key).Distinct().Count());
        Assert.All(Metric.All, metric =>
        {
            Assert.True(documented.TryGetValue(metric.Key, out var better), $"docs/design.md has no row for {metric.Key}");
            Assert.Equal(metric.HigherIsBetter ? "higher" : "lower", better);
        });
        Assert.Equal(Metric.All.Select(m => m.Key).Order(), documented.Keys.Order());
    }

    [Fact]
    public void Each_metric_reads_and_writes_its_own_value_and_no_other()
    {
        var zero = new ConversationMetrics { N = 1 };
        foreach (var metric in Metric.All)
        {
            var set = metric.With(zero, 0.25);

            Assert.Equal(0.25, metric.Read(set));
            Assert.All(Metric.All.Where(other => other != metric), other => Assert.Null(other.Read(set)));
        }
    }

    [Fact]
    public void A_breakdown_is_written_with_the_registry_keys_and_read_back_equal()
    {
        var metrics = new ConversationMetrics { N = 3, ResolutionRate = 0.5, AvgTurns = 4, Composite = 0.7 };

        var json = JsonSerializer.Serialize(metrics, AnalysisJson.Options);
        using var document = JsonDocument.Parse(json);

        Assert.Equal(["n", .. Metric.All.Select(m => m.Key)], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(metrics, JsonSerializer.Deserialize<ConversationMetrics>(json, AnalysisJson.Options));
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z_]+)` \| (?<better>higher|lower) \|", RegexOptions.Multiline)]
    private static partial Regex MetricRow();
}
