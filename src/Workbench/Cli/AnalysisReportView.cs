using System.Globalization;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary>The readable report of <c>analyze</c>: summary, metrics, intents, ranking, breakdowns, bad lines and warnings.</summary>
internal static class AnalysisReportView
{
    private const int ListedIssues = 20;
    private const string Missing = "n/a";

    public static void Render(IAnsiConsole console, AnalysisReport report, string source)
    {
        var result = report.Result;
        console.Write(new Rule($"[bold]AgentSupport analysis[/] {Markup.Escape(source)}").LeftJustified());
        console.MarkupLine(
            $"Valid conversations: [bold]{result.NValid}[/]   Bad lines: [bold]{result.NBadLines}[/]   Field warnings: [bold]{report.WarningCount}[/]   Read: {Megabytes(report.BytesRead)}");
        console.WriteLine();

        var metrics = NewTable("Metrics", "metric", "value");
        foreach (var metric in Metric.All)
        {
            metrics.AddRow(metric.Key, Format(metric, metric.Read(result.Overall)));
        }

        console.Write(metrics);

        var intents = NewTable("Intents (conversations with a customer message matching)", "intent", "conversations", "share");
        foreach (var (name, count) in result.Intents)
        {
            intents.AddRow(Markup.Escape(name), Count(count), Percent(result.NValid == 0 ? null : (double)count / result.NValid));
        }

        console.Write(intents);

        var ranking = NewTable("Tool ranking (best first)", "#", "intent", "tool", "frequency", "unresolved", "csat gap", "effort", "score");
        foreach (var (row, index) in result.Ranking.Select((row, index) => (row, index)))
        {
            ranking.AddRow(
                Count(index + 1), Markup.Escape(row.Intent), Markup.Escape(row.Tool), Count(row.Frequency),
                Percent(row.UnresolvedRate), Fixed(row.CsatGap, 2), Count(row.Effort), Fixed(row.Score, 3));
        }

        console.Write(ranking);

        console.Write(Breakdown("By context", result.ByContext));
        console.Write(Breakdown("By channel", report.ByChannel));
        console.Write(Breakdown("By tone", report.ByTone));
        console.Write(Breakdown("By language", report.ByLanguage));

        if (report.BadLines.Count > 0)
        {
            var badLines = NewTable($"Bad lines ({result.NBadLines}, skipped)", "line", "reason");
            foreach (var bad in report.BadLines.Take(ListedIssues))
            {
                badLines.AddRow(Count(bad.Line), Markup.Escape(bad.Reason));
            }

            console.Write(badLines);
            More(console, result.NBadLines);
        }

        if (report.Warnings.Count > 0)
        {
            var warnings = NewTable($"Field warnings ({report.WarningCount}, value left out of its metric)", "line", "field", "reason");
            foreach (var warning in report.Warnings.Take(ListedIssues))
            {
                warnings.AddRow(Count(warning.Line), Markup.Escape(warning.Field), Markup.Escape(warning.Reason));
            }

            console.Write(warnings);
            More(console, report.WarningCount);
        }
    }

    private static Table Breakdown(string title, IReadOnlyDictionary<string, ConversationMetrics> groups)
    {
        var table = NewTable(title, ["value", "n", .. Metric.All.Select(metric => metric.Key)]);
        foreach (var (key, m) in groups)
        {
            table.AddRow([Markup.Escape(key), Count(m.N), .. Metric.All.Select(metric => Format(metric, metric.Read(m)))]);
        }

        return table;
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    private static void More(IAnsiConsole console, long total)
    {
        if (total > ListedIssues)
        {
            console.MarkupLine($"[dim]… and {total - ListedIssues} more; --out writes them to analysis.json.[/]");
        }
    }

    private static string Format(Metric metric, double? value) => metric.Unit switch
    {
        MetricUnit.Share => Percent(value),
        MetricUnit.Seconds => Fixed(value, 1),
        MetricUnit.Score => Fixed(value, 3),
        _ => Fixed(value, 2),
    };

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : Missing;

    private static string Fixed(double? value, int decimals) =>
        value is { } v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture) : Missing;

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
