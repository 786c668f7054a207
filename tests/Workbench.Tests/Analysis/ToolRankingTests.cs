using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class ToolRankingTests
{
    private const int Precision = 12;

    [Fact]
    public async Task Ranking_normalises_the_four_criteria_and_orders_by_score()
    {
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "o1", resolved: "false", csat: "2", transcript: [CustomerSays("¿la oferta en 24 horas?")]),
            Line(Dialect.Seed, "o2", resolved: "true", csat: "4", transcript: [CustomerSays("Offer in 24h please")]),
            Line(Dialect.Seed, "p1", resolved: "false", csat: null, transcript: [CustomerSays("¿y mi pago?")]),
            Line(Dialect.Roles, "a1", resolved: "true", csat: "5", transcript: [CustomerSays("quiero agendar")]),
            Line(Dialect.Roles, "a2", resolved: "true", csat: "5", transcript: [CustomerSays("una cita")]),
            Line(Dialect.Roles, "a3", resolved: "true", csat: "4", transcript: [CustomerSays("otra cita")]));

        // offer_24h:      freq 2, unresolved .5, gap 4.5 − 3 = 1.5,           1/effort 1/3
        // payment_status: freq 1, unresolved 1,  gap .5 (no csat at all),     1/effort 1/2
        // appointment:    freq 3, unresolved 0,  gap max(0, 4.5 − 14/3) = 0,  1/effort 1
        // normalised: freq [.5, 0, 1], unresolved [.5, 1, 0], gap [1, 1/3, 0], effort [0, .25, 1]
        var ranking = report.Result.Ranking;
        Assert.Equal(["offer_24h", "appointment", "payment_status"], ranking.Select(r => r.Intent));
        Assert.Equal(0.35 * 0.5 + 0.30 * 0.5 + 0.20 * 1 + 0.15 * 0, ranking[0].Score, Precision);
        Assert.Equal(0.35 * 1 + 0.30 * 0 + 0.20 * 0 + 0.15 * 1, ranking[1].Score, Precision);
        Assert.Equal(0.35 * 0 + 0.30 * 1 + 0.20 / 3 + 0.15 * 0.25, ranking[2].Score, Precision);

        var offer = ranking[0];
        Assert.Equal(("OfferIn24 Orchestrator", 2L, 0.5, 1.5, 3), (offer.Tool, offer.Frequency, offer.UnresolvedRate, offer.CsatGap, offer.Effort));
        Assert.Equal(0.5, ranking[2].CsatGap);
        Assert.Equal(0.0, ranking[1].CsatGap);
    }

    [Fact]
    public async Task Equal_scores_keep_the_order_of_the_intents_table()
    {
        // One message matches both intents, so every criterion is equal: reschedule_inspection comes first in the table.
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "x", resolved: "false", csat: "3", transcript: [CustomerSays("necesito cambiar la cita")]));

        var ranking = report.Result.Ranking;
        Assert.Equal(["reschedule_inspection", "appointment"], ranking.Select(r => r.Intent));
        Assert.Equal(ranking[0].Score, ranking[1].Score);
    }

    [Fact]
    public async Task When_every_intent_is_equal_on_a_criterion_that_criterion_counts_as_one_half()
    {
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "k", resolved: "true", csat: "4", transcript: [CustomerSays("mis documentos")]),
            Line(Dialect.Seed, "a", resolved: "true", csat: "4", transcript: [CustomerSays("una cita")]));

        Assert.Equal(["kyc_docs", "appointment"], report.Result.Ranking.Select(r => r.Intent));
        Assert.All(report.Result.Ranking, r => Assert.Equal(0.5, r.Score, Precision));
    }

    [Fact]
    public async Task The_csat_gap_uses_the_configured_target()
    {
        var settings = new AnalysisSettings { Metrics = new MetricSettings { TargetCsat = 5 } };
        var report = await AnalyzeAsync(Line(Dialect.Seed, "k", csat: "3.5", transcript: [CustomerSays("mis documentos")]), settings);

        Assert.Equal(1.5, Assert.Single(report.Result.Ranking).CsatGap, Precision);
    }
}
