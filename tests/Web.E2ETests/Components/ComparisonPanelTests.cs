using AgentSupport.Web.Components.Pages.Admin.Workbench;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
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
        Assert.Equal("Better", turns.QuerySelector("[data-testid='delta-arrow']")!.GetAttribute("data-direction"));
        var resolution = panel.Find("tr[data-metric='resolution_rate']");
        Assert.Contains("−20 pp", resolution.TextContent);
        Assert.Contains("[−30 pp, −10 pp]", resolution.TextContent);
        Assert.Equal("Worse", resolution.QuerySelector("[data-testid='delta-arrow']")!.GetAttribute("data-direction"));
        Assert.Contains("Peor", panel.Find("[data-testid='verdict']").TextContent);
    }

    [Fact]
    public void A_trade_off_verdict_names_the_metrics_it_gives_up()
    {
        var panel = Render<ComparisonPanel>(p => p.Add(c => c.Result, Comparison(Verdict.BetterWithTradeOff) with { TradeOffs = ["avg_duration_sec"] }));

        var verdict = panel.Find("[data-testid='verdict']");
        Assert.Equal("BetterWithTradeOff", verdict.GetAttribute("data-verdict"));
        Assert.Contains("Mejor, con una concesión en duración promedio", verdict.TextContent);
    }

    [Fact]
    public void The_sample_pairs_show_both_transcripts_side_by_side_as_text_and_say_so_when_there_are_none()
    {
        var none = Render<ComparisonPanel>(p => p.Add(c => c.Result, Comparison(Verdict.Better)));
        Assert.Empty(none.FindAll("iframe"));
        Assert.NotNull(none.Find("[data-testid='no-samples']"));

        TranscriptPair[] samples =
        [
            new(new SamplePair(1, 1, "conv-7", "resolved no → yes"),
                [new TranscriptMessage("cliente", "¿Cubre la garantía el motor? <b>urgente</b>"), new TranscriptMessage("agente", "No lo sé.")],
                [new TranscriptMessage("cliente", "¿Cubre la garantía el motor?"), new TranscriptMessage("agente", "Sí, 12 meses.")]),
        ];
        var panel = Render<ComparisonPanel>(p => p.Add(c => c.Result, Comparison(Verdict.Better)).Add(c => c.Samples, samples).Add(c => c.ReportUrl, "/report.html"));

        var pair = panel.Find("[data-testid='sample-pair']");
        Assert.Equal("conv-7", pair.GetAttribute("data-conversation"));
        Assert.Contains("No lo sé.", pair.QuerySelector("[data-arm='baseline'] [data-speaker='agent']")!.TextContent);
        Assert.Contains("Sí, 12 meses.", pair.QuerySelector("[data-arm='candidate'] [data-speaker='agent']")!.TextContent);
        // The customer's words are text, never markup.
        Assert.Empty(pair.QuerySelectorAll("[data-testid='sample-transcript'] b"));
        Assert.Contains("<b>urgente</b>", pair.QuerySelector("[data-arm='baseline'] [data-speaker='customer']")!.TextContent);
        Assert.Equal("/report.html", panel.Find("[data-testid='open-report']").GetAttribute("href"));
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
                Delta(Metric.ResolutionRate, 0.6, 0.4, new ConfidenceInterval(-0.3, -0.1)),
                Delta(Metric.AvgTurns, 6, 4, new ConfidenceInterval(-3, -1)),
                Delta(Metric.Composite, 0.6, 0.62, new ConfidenceInterval(-0.05, 0.08)),
            ],
            ByContext = [new ContextComparison("pago", metrics, null)],
            Samples = [],
        };
    }

    private static MetricDelta Delta(Metric metric, double baseline, double candidate, ConfidenceInterval interval) => new()
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
