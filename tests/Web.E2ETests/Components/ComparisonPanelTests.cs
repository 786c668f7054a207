using AgentSupport.Web.Components.Pages.Admin.Workbench;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Comparison;
using Bunit;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class ComparisonPanelTests : UiTestContext
{
    [Fact]
    public void Each_metric_row_shows_both_values_the_change_its_interval_and_the_arrow_of_its_direction()
    {
        var panel = Render<ComparisonPanel>(p => p.Add(c => c.Result, Comparison(Verdict.Worse)));

        var turns = panel.Find("tr[data-metric='avg_turns']");
        Assert.Contains("Turnos promedio", turns.TextContent);
        Assert.Contains("−2", turns.TextContent);
        Assert.Equal("▲", turns.QuerySelector("[data-testid='delta-arrow']")!.TextContent);
        var resolution = panel.Find("tr[data-metric='resolution_rate']");
        Assert.Contains("−20 pp", resolution.TextContent);
        Assert.Contains("[−30 pp, −10 pp]", resolution.TextContent);
        Assert.Equal("▼", resolution.QuerySelector("[data-testid='delta-arrow']")!.TextContent);
        Assert.Contains("Peor", panel.Find("[data-testid='verdict']").TextContent);
    }

    [Fact]
    public void Without_a_report_there_is_no_frame_and_with_one_it_is_embedded_without_scripts()
    {
        var bare = Render<ComparisonPanel>(p => p.Add(c => c.Result, Comparison(Verdict.Better)));
        Assert.Empty(bare.FindAll("iframe"));

        var withReport = Render<ComparisonPanel>(p => p.Add(c => c.Result, Comparison(Verdict.Better)).Add(c => c.ReportUrl, "/report.html"));
        var frame = withReport.Find("iframe");
        Assert.Equal("/report.html", frame.GetAttribute("src"));
        Assert.Equal("", frame.GetAttribute("sandbox"));
    }

    private static ComparisonResult Comparison(Verdict verdict)
    {
        var metrics = new ConversationMetrics { N = 10, ResolutionRate = 0.5, AvgCsat = 4, AvgTurns = 5, AvgDurationSec = 60, Composite = 0.6 };
        return new ComparisonResult
        {
            Verdict = verdict,
            VerdictReason = "reason",
            Paired = true,
            Resamples = 1000,
            Seed = 42,
            Confidence = 0.95,
            Baseline = new ArmSummary("baseline", 0, 0, metrics),
            Candidate = new ArmSummary("candidate", 1, 0, metrics),
            Deltas =
            [
                Delta(ComparedMetric.ResolutionRate, 0.6, 0.4, new ConfidenceInterval(-0.3, -0.1)),
                Delta(ComparedMetric.AvgTurns, 6, 4, new ConfidenceInterval(-3, -1)),
                Delta(ComparedMetric.Composite, 0.6, 0.62, new ConfidenceInterval(-0.05, 0.08)),
            ],
            ByContext = [new ContextComparison("pago", metrics, null)],
            Samples = [],
        };
    }

    private static MetricDelta Delta(ComparedMetric metric, double baseline, double candidate, ConfidenceInterval interval) => new()
    {
        Metric = metric.Key,
        HigherIsBetter = metric.HigherIsBetter,
        Baseline = baseline,
        Candidate = candidate,
        Delta = candidate - baseline,
        Interval = interval,
        Direction = metric.Classify(interval),
    };
}
