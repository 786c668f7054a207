using System.Globalization;
using System.Text;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>
/// Renders <c>report.html</c>: one self-contained page (inline CSS, inline SVG, no scripts, fonts or links to fetch)
/// that can be mailed or archived with a run and still open years later.
/// </summary>
public static class ComparisonReportHtml
{
    public const string FileName = "report.html";

    private const string BetterColour = "#1a7f37";
    private const string WorseColour = "#cf222e";
    private const string NoiseColour = "#6e7781";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1f2328}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
        .muted{color:#656d76}.verdict{padding:.8rem 1rem;border-radius:6px;color:#fff;font-weight:600}
        .v-better{background:#1a7f37}.v-better_with_trade_off{background:#9a6700}.v-worse{background:#cf222e}.v-no_difference,.v-inconclusive{background:#6e7781}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:right}
        th:first-child,td:first-child{text-align:left}th{background:#f6f8fa}
        .better{color:#1a7f37;font-weight:600}.worse{color:#cf222e;font-weight:600}.within_noise{color:#6e7781}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin-bottom:1.5rem}
        .arm{border:1px solid #d0d7de;border-radius:6px;padding:.6rem}.arm h3{font-size:1rem;margin:.2rem 0 .6rem}
        .msg{margin:.3rem 0;padding:.4rem .6rem;border-radius:6px;white-space:pre-wrap}
        .customer{background:#ddf4ff}.agent{background:#f6f8fa}.speaker{font-size:.75rem;color:#656d76;display:block}
        """;

    public static async Task WriteAsync(string directory, ComparisonResult result, IReadOnlyList<TranscriptPair> samples, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await AtomicFile.WriteAllTextAsync(Path.Combine(directory, FileName), Render(result, samples), cancellationToken);
    }

    public static string Render(ComparisonResult result, IReadOnlyList<TranscriptPair> samples)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>AgentSupport comparison: ").Append(E(result.Candidate.Label)).Append(" vs ").Append(E(result.Baseline.Label)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        html.Append("<h1>AgentSupport prompt comparison</h1>\n<p class=\"muted\">Baseline: <b>").Append(E(result.Baseline.Label))
            .Append("</b> · Candidate: <b>").Append(E(result.Candidate.Label)).Append("</b></p>\n");
        var verdict = VerdictKey(result.Verdict);
        html.Append("<p class=\"verdict v-").Append(verdict).Append("\">Verdict: ").Append(E(VerdictText(result)))
            .Append(" — ").Append(E(result.VerdictReason)).Append("</p>\n");
        html.Append("<p class=\"muted\">").Append(result.Paired ? "Paired" : "Unpaired").Append(" percentile bootstrap, ")
            .Append(Num(result.Resamples)).Append(" resamples, seed ").Append(Num(result.Seed)).Append(", ")
            .Append(Pct(result.Confidence, 0)).Append(" intervals. Baseline: ").Append(Num(result.Baseline.Metrics.N)).Append(" conversations")
            .Append(Failures(result.Baseline)).Append("; candidate: ").Append(Num(result.Candidate.Metrics.N)).Append(" conversations")
            .Append(Failures(result.Candidate)).Append(".</p>\n");

        html.Append("<h2>Deltas</h2>\n");
        AppendChart(html, result.Deltas);
        AppendDeltaTable(html, result.Deltas);

        if (result.ByContext.Count > 0)
        {
            html.Append("<h2>By context</h2>\n");
            AppendContextTable(html, result.ByContext);
        }

        if (samples.Count > 0)
        {
            html.Append("<h2>Sample conversations</h2>\n");
            foreach (var sample in samples)
            {
                AppendPair(html, sample, result);
            }
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>One row per metric, each on its own scale (rates, csat points, turns and seconds do not share a unit).</summary>
    private static void AppendChart(StringBuilder html, IReadOnlyList<MetricDelta> deltas)
    {
        const int labelWidth = 190, plotWidth = 420, valueWidth = 110, rowHeight = 34, top = 8;
        const double centre = labelWidth + plotWidth / 2.0, half = plotWidth / 2.0 - 10;
        var height = top * 2 + rowHeight * deltas.Count;
        var width = labelWidth + plotWidth + valueWidth;
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui,sans-serif\" font-size=\"13\">\n")
            .Append("<title>Candidate minus baseline per metric, with 95% intervals</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"{centre}\" y1=\"{top}\" x2=\"{centre}\" y2=\"{height - top}\" stroke=\"#8c959f\"/>\n");
        for (var i = 0; i < deltas.Count; i++)
        {
            var d = deltas[i];
            var y = top + i * rowHeight;
            var mid = y + rowHeight / 2.0;
            var colour = d.Direction switch
            {
                DeltaDirection.Better => BetterColour,
                DeltaDirection.Worse => WorseColour,
                _ => NoiseColour,
            };
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{mid + 4:0.#}\">{E(Label(d))}</text>\n");
            var scale = new[] { d.Delta ?? 0, d.Interval?.Low ?? 0, d.Interval?.High ?? 0 }.Max(Math.Abs);
            var x = (double v) => centre + (scale == 0 ? 0 : v / scale * half);
            if (d.Delta is { } delta)
            {
                var (from, to) = (Math.Min(centre, x(delta)), Math.Max(centre, x(delta)));
                html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{from:0.#}\" y=\"{y + 8}\" width=\"{Math.Max(to - from, 1):0.#}\" height=\"{rowHeight - 16}\" fill=\"{colour}\" opacity=\"0.8\"/>\n");
            }

            if (d.Interval is { } ci)
            {
                var (low, high) = (x(ci.Low), x(ci.High));
                html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{low:0.#}\" y1=\"{mid:0.#}\" x2=\"{high:0.#}\" y2=\"{mid:0.#}\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>\n")
                    .Append(CultureInfo.InvariantCulture, $"<line x1=\"{low:0.#}\" y1=\"{mid - 6:0.#}\" x2=\"{low:0.#}\" y2=\"{mid + 6:0.#}\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>\n")
                    .Append(CultureInfo.InvariantCulture, $"<line x1=\"{high:0.#}\" y1=\"{mid - 6:0.#}\" x2=\"{high:0.#}\" y2=\"{mid + 6:0.#}\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>\n");
            }

            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + plotWidth + 8}\" y=\"{mid + 4:0.#}\" fill=\"{colour}\">{E(d.Symbol)} {E(ConversationSetComparer.Signed(d.Delta))}</text>\n");
        }

        html.Append("</svg>\n<p class=\"muted\">Bars: candidate − baseline, each metric on its own scale; whiskers: the interval. ")
            .Append("Green is better, red is worse, grey is within the noise (lower is better for turns and duration).</p>\n");
    }

    private static void AppendDeltaTable(StringBuilder html, IReadOnlyList<MetricDelta> deltas)
    {
        html.Append("<table>\n<tr><th>metric</th><th>baseline</th><th>candidate</th><th>delta</th><th>interval</th><th>change</th></tr>\n");
        foreach (var d in deltas)
        {
            var key = DirectionKey(d.Direction);
            html.Append("<tr><td>").Append(E(Label(d))).Append("</td><td>").Append(Value(d.Baseline)).Append("</td><td>").Append(Value(d.Candidate))
                .Append("</td><td>").Append(E(ConversationSetComparer.Signed(d.Delta))).Append("</td><td>")
                .Append(d.Interval is { } ci ? E($"[{ConversationSetComparer.Signed(ci.Low)}, {ConversationSetComparer.Signed(ci.High)}]") : "n/a")
                .Append("</td><td class=\"").Append(key).Append("\">").Append(E(d.Symbol)).Append(' ').Append(E(key.Replace('_', ' '))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendContextTable(StringBuilder html, IReadOnlyList<ContextComparison> contexts)
    {
        html.Append("<table>\n<tr><th>context</th><th>n baseline</th><th>n candidate</th><th>resolution baseline</th><th>resolution candidate</th>")
            .Append("<th>composite baseline</th><th>composite candidate</th><th>composite delta</th></tr>\n");
        foreach (var c in contexts)
        {
            html.Append("<tr><td>").Append(E(c.Context)).Append("</td><td>").Append(Num(c.Baseline?.N ?? 0)).Append("</td><td>").Append(Num(c.Candidate?.N ?? 0))
                .Append("</td><td>").Append(Pct(c.Baseline?.ResolutionRate, 1)).Append("</td><td>").Append(Pct(c.Candidate?.ResolutionRate, 1))
                .Append("</td><td>").Append(Value(c.Baseline?.Composite)).Append("</td><td>").Append(Value(c.Candidate?.Composite))
                .Append("</td><td>").Append(E(ConversationSetComparer.Signed(c.Candidate?.Composite - c.Baseline?.Composite))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendPair(StringBuilder html, TranscriptPair sample, ComparisonResult result)
    {
        html.Append("<p><b>").Append(E(sample.Pair.ConversationId ?? $"#{sample.Pair.BaselinePosition}")).Append("</b> <span class=\"muted\">")
            .Append(E(sample.Pair.Why)).Append("</span></p>\n<div class=\"pair\">\n");
        AppendTranscript(html, result.Baseline.Label, sample.Baseline);
        AppendTranscript(html, result.Candidate.Label, sample.Candidate);
        html.Append("</div>\n");
    }

    private static void AppendTranscript(StringBuilder html, string label, IReadOnlyList<TranscriptMessage> transcript)
    {
        html.Append("<div class=\"arm\"><h3>").Append(E(label)).Append("</h3>\n");
        foreach (var message in transcript)
        {
            html.Append("<div class=\"msg ").Append(message.IsCustomer ? "customer" : "agent").Append("\"><span class=\"speaker\">")
                .Append(message.IsCustomer ? "customer" : "agent").Append("</span>").Append(E(message.Text)).Append("</div>\n");
        }

        html.Append("</div>\n");
    }

    private static string Label(MetricDelta d) => Metric.Find(d.Metric)?.Label ?? d.Metric;

    private static string Failures(ArmSummary arm) => arm.Failed > 0 ? $" ({Num(arm.Failed)} failed, counted unresolved)" : "";

    private static string VerdictKey(Verdict verdict) => verdict switch
    {
        Verdict.Better => "better",
        Verdict.BetterWithTradeOff => "better_with_trade_off",
        Verdict.Worse => "worse",
        Verdict.Inconclusive => "inconclusive",
        _ => "no_difference",
    };

    private static string VerdictText(ComparisonResult result) => result.Verdict switch
    {
        Verdict.Better => "better",
        Verdict.BetterWithTradeOff => $"better, with a trade-off on {string.Join(", ", result.TradeOffs.Select(MetricLabel))}",
        Verdict.Worse => "worse",
        Verdict.Inconclusive => "inconclusive",
        _ => "no difference",
    };

    private static string MetricLabel(string key) => Metric.Find(key)?.Label.ToLowerInvariant() ?? key;

    private static string DirectionKey(DeltaDirection direction) => direction switch
    {
        DeltaDirection.Better => "better",
        DeltaDirection.Worse => "worse",
        _ => "within_noise",
    };

    /// <summary>Escapes markup characters only, so accents and emoji stay readable in the UTF-8 page source.</summary>
    private static string E(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    private static string Value(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

    private static string Pct(double? value, int decimals) =>
        value is { } v ? (v * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + " %" : "n/a";

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
