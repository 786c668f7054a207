using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class MetricsTests
{
    private const int Precision = 12;

    /// <summary>Four conversations whose metrics are worked out by hand in the tests below.</summary>
    private static string[] FourConversations(Dialect dialect) =>
    [
        Line(dialect, "c1", resolved: "true", csat: "4.0", duration: "100", context: "buying",
            transcript: [CustomerSays("hola"), AgentSays("hola"), CustomerSays("gracias"), AgentSays("de nada")]),
        Line(dialect, "c2", resolved: "\"sí\"", csat: "2", duration: "300", context: "credit",
            transcript: [CustomerSays("hola"), AgentSays("hola")]),
        Line(dialect, "c3", resolved: "false", csat: "null", duration: null, context: "buying",
            transcript: [CustomerSays("a"), AgentSays("b"), CustomerSays("c"), AgentSays("d"), CustomerSays("e"), AgentSays("f")]),
        Line(dialect, "c4", resolved: "1", csat: "5", duration: "200", context: "credit",
            transcript: [CustomerSays("a"), AgentSays("b"), CustomerSays("c"), AgentSays("d"), CustomerSays("e"), AgentSays("f"), CustomerSays("g"), AgentSays("h")]),
    ];

    [Theory]
    [InlineData(Dialect.Seed)]
    [InlineData(Dialect.Roles)]
    public async Task Metrics_of_either_dialect_match_the_hand_computation(Dialect dialect)
    {
        var result = (await AnalyzeLinesAsync(FourConversations(dialect))).Result;

        // resolved: true, "sí", false, 1 → 3 of 4; csat: 4, 2, null, 5 → 11/3; turns: 4, 2, 6, 8 → 5; duration: 100, 300, missing, 200 → 200.
        Assert.Equal(4, result.NValid);
        Assert.Equal(0.75, result.Overall.ResolutionRate!.Value, Precision);
        Assert.Equal(11.0 / 3, result.Overall.AvgCsat!.Value, Precision);
        Assert.Equal(5.0, result.Overall.AvgTurns!.Value, Precision);
        Assert.Equal(200.0, result.Overall.AvgDurationSec!.Value, Precision);
        var composite = 0.35 * (11.0 / 3 / 4.5) + 0.35 * 0.75 + 0.15 * (1 - 5.0 / 6) + 0.15 * 0; // latency term clamps at 0
        Assert.Equal(composite, result.Overall.Composite!.Value, Precision);
    }

    [Fact]
    public async Task Both_dialects_mixed_in_one_file_give_the_same_metrics_as_each_alone()
    {
        var seed = FourConversations(Dialect.Seed);
        var roles = FourConversations(Dialect.Roles);
        var mixed = (await AnalyzeLinesAsync(seed[0], roles[1], seed[2], roles[3])).Result;
        var seedOnly = (await AnalyzeLinesAsync(seed)).Result;

        Assert.Equal(seedOnly.NValid, mixed.NValid);
        Assert.Equal(seedOnly.Overall.ResolutionRate, mixed.Overall.ResolutionRate);
        Assert.Equal(seedOnly.Overall.AvgCsat, mixed.Overall.AvgCsat);
        Assert.Equal(seedOnly.Overall.Composite, mixed.Overall.Composite);
        Assert.Equal(seedOnly.ByContext.Keys, mixed.ByContext.Keys);
    }

    [Fact]
    public async Task Breakdowns_by_context_channel_tone_and_language_read_both_dialects_field_names()
    {
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "a", resolved: "true", csat: "4", duration: "60", context: "credit", channel: "email", tone: "amable", language: "en", transcript: [CustomerSays("x")]),
            Line(Dialect.Roles, "b", resolved: "false", csat: "2", duration: "180", context: "credit", channel: "email", tone: "amable", language: "en", transcript: [CustomerSays("x"), AgentSays("y"), CustomerSays("z")]),
            Line(Dialect.Roles, "c", resolved: "true", csat: "5", duration: "30", context: "ask", channel: "telefono", tone: "directo", language: "es", transcript: [CustomerSays("x")]));

        var credit = report.Result.ByContext["credit"];
        Assert.Equal(2, credit.N);
        Assert.Equal(0.5, credit.ResolutionRate);
        Assert.Equal(3.0, credit.AvgCsat);
        Assert.Equal(2.0, credit.AvgTurns);
        Assert.Equal(120.0, credit.AvgDurationSec);
        var composite = (0.35 * (3.0 / 4.5) + 0.35 * 0.5 + 0.15 * (1 - 2.0 / 6) + 0.15 * 0) / 1.0;
        Assert.Equal(composite, credit.Composite!.Value, Precision);
        Assert.Equal(["ask", "credit"], report.Result.ByContext.Keys);
        Assert.Equal(2, report.ByChannel["email"].N);
        Assert.Equal(1, report.ByChannel["telefono"].N);
        Assert.Equal(2, report.ByTone["amable"].N);
        Assert.Equal(1, report.ByLanguage["es"].N);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("\"sí\"", true)]
    [InlineData("\" Sí \"", true)]
    [InlineData("\"si\"", true)]
    [InlineData("\"yes\"", true)]
    [InlineData("\"YES\"", true)]
    [InlineData("\"true\"", true)]
    [InlineData("\"1\"", false)]
    [InlineData("\"no\"", false)]
    [InlineData("null", false)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("\"resuelto\"", false)]
    [InlineData("[true]", false)]
    [InlineData(null, false)]
    public async Task Resolved_counts_only_the_true_values_of_the_design(string? resolved, bool counted)
    {
        var report = await AnalyzeLinesAsync(Line(Dialect.Seed, "r", resolved: resolved, transcript: [CustomerSays("hola")]));

        Assert.Equal(1, report.Result.NValid);
        Assert.Equal(counted ? 1.0 : 0.0, report.Result.Overall.ResolutionRate);
    }

    [Fact]
    public async Task Unusable_csat_values_are_left_out_of_the_average_with_a_warning_and_keep_the_conversation()
    {
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "ok", csat: "3", transcript: [CustomerSays("a")]),
            Line(Dialect.Seed, "word", csat: "\"cinco\"", transcript: [CustomerSays("a")]),
            Line(Dialect.Seed, "high", csat: "9", transcript: [CustomerSays("a")]),
            Line(Dialect.Seed, "low", csat: "0.5", transcript: [CustomerSays("a")]),
            Line(Dialect.Seed, "bool", csat: "true", transcript: [CustomerSays("a")]),
            Line(Dialect.Seed, "null", csat: "null", transcript: [CustomerSays("a")]),
            Line(Dialect.Roles, "edge", csat: "5", transcript: [CustomerSays("a")]));

        Assert.Equal(7, report.Result.NValid);
        Assert.Equal(4.0, report.Result.Overall.AvgCsat);
        Assert.Equal([2L, 3L, 4L, 5L], report.Warnings.Select(w => w.Line));
        Assert.All(report.Warnings, w => Assert.Equal("outcomes.csat_estimated_1_5", w.Field));
        Assert.Equal(
            ["string \"cinco\" is not a number", "9 is outside [1, 5]", "0.5 is outside [1, 5]", "boolean true is not a number"],
            report.Warnings.Select(w => w.Reason));
    }

    [Fact]
    public async Task Missing_or_negative_durations_are_left_out_of_the_average()
    {
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "a", duration: "90", transcript: [CustomerSays("x")]),
            Line(Dialect.Seed, "b", duration: null, transcript: [CustomerSays("x")]),
            Line(Dialect.Seed, "c", duration: "-5", transcript: [CustomerSays("x")]),
            Line(Dialect.Seed, "d", duration: "\"abc\"", transcript: [CustomerSays("x")]),
            Line(Dialect.Seed, "e", duration: "30", transcript: [CustomerSays("x")]),
            Line(Dialect.Seed, "f", duration: "0", transcript: [CustomerSays("x")]));

        Assert.Equal(6, report.Result.NValid);
        Assert.Equal(40.0, report.Result.Overall.AvgDurationSec);
        Assert.Equal([(3L, "meta.duration_sec"), (4L, "meta.duration_sec")], report.Warnings.Select(w => (w.Line, w.Field)));
        Assert.Contains("negative", report.Warnings[0].Reason);
    }

    [Fact]
    public async Task Composite_without_any_csat_counts_the_csat_term_as_zero_and_keeps_its_weight()
    {
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "a", resolved: "true", csat: null, duration: "60", transcript: [CustomerSays("x"), AgentSays("y"), CustomerSays("z")]),
            Line(Dialect.Seed, "b", resolved: "false", csat: "null", duration: "0", transcript: [CustomerSays("x")]));

        Assert.Null(report.Result.Overall.AvgCsat);
        // turns 2, duration 30, resolution .5: (0 + .35·.5 + .15·(1 − 2/6) + .15·(1 − 30/120)) / 1
        var expected = 0.35 * 0 + 0.35 * 0.5 + 0.15 * (1 - 2.0 / 6) + 0.15 * (1 - 30.0 / 120);
        Assert.Equal(expected, report.Result.Overall.Composite!.Value, Precision);
    }

    [Fact]
    public async Task Composite_uses_the_configured_targets_and_weights()
    {
        var settings = new AnalysisSettings
        {
            Metrics = new MetricSettings { TargetCsat = 4, MaxTurns = 10, LatencyTargetSec = 400, Weights = new CompositeWeights(1, 1, 1, 1) },
        };
        var report = await AnalyzeAsync(Line(Dialect.Seed, "a", resolved: "false", csat: "3", duration: "100", transcript: [CustomerSays("x"), AgentSays("y")]) + "\n", settings);

        var expected = (3.0 / 4 + 0 + (1 - 2.0 / 10) + (1 - 100.0 / 400)) / 4;
        Assert.Equal(expected, report.Result.Overall.Composite!.Value, Precision);
    }

    [Fact]
    public async Task Without_any_valid_conversation_the_rates_averages_and_composite_are_null()
    {
        var report = await AnalyzeLinesAsync("{not json", "[]");

        var result = report.Result;
        Assert.Equal(0, result.NValid);
        Assert.Equal(2, result.NBadLines);
        Assert.Null(result.Overall.ResolutionRate);
        Assert.Null(result.Overall.AvgCsat);
        Assert.Null(result.Overall.AvgTurns);
        Assert.Null(result.Overall.AvgDurationSec);
        Assert.Null(result.Overall.Composite);
        Assert.Empty(result.Ranking);
        Assert.Empty(result.ByContext);
        Assert.All(result.Intents.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task Turns_count_every_transcript_element_even_those_that_are_not_messages()
    {
        var report = await AnalyzeLinesAsync(
            """{"meta": {"conversation_id": "t"}, "transcript": [{"speaker": "cliente", "text": "hola"}, 7, null, "x", []]}""");

        Assert.Equal(5.0, report.Result.Overall.AvgTurns);
    }

    [Fact]
    public async Task A_conversation_id_alone_without_meta_makes_a_valid_conversation_with_no_meta_fields()
    {
        var report = await AnalyzeLinesAsync("""{"conversation_id": 42, "transcript": [{"role": "user", "content": "hola"}]}""");

        Assert.Equal(1, report.Result.NValid);
        Assert.Equal(0.0, report.Result.Overall.ResolutionRate);
        Assert.Equal(["(none)"], report.Result.ByContext.Keys);
    }
}
