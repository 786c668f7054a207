using System.Globalization;
using AgentSupport.Workbench.Loop.Comparison;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary>The comparison as a console table: one row per metric with its arrow, then the verdict and why.</summary>
internal static class ComparisonView
{
    public static void Render(IAnsiConsole console, ComparisonResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"{result.Candidate.Label} vs {result.Baseline.Label} ({(result.Paired ? "paired" : "unpaired")}, n = {result.Baseline.Metrics.N} / {result.Candidate.Metrics.N})"));
        foreach (var column in new[] { "metric", "baseline", "candidate", "delta", "95% interval", "" })
        {
            table.AddColumn(new TableColumn(column));
        }

        foreach (var d in result.Deltas)
        {
            var colour = d.Direction switch
            {
                DeltaDirection.Better => "green",
                DeltaDirection.Worse => "red",
                _ => "grey",
            };
            table.AddRow(
                Markup.Escape(d.Metric), Value(d.Baseline), Value(d.Candidate), Markup.Escape(ConversationSetComparer.Signed(d.Delta)),
                d.Interval is { } ci ? Markup.Escape($"[{ConversationSetComparer.Signed(ci.Low)}, {ConversationSetComparer.Signed(ci.High)}]") : "n/a",
                $"[{colour}]{Markup.Escape(d.Symbol)}[/]");
        }

        console.Write(table);
        var verdict = result.Verdict switch
        {
            Verdict.Better => "[green]better[/]",
            Verdict.BetterWithTradeOff => $"[yellow]better, with a trade-off on {Markup.Escape(string.Join(", ", result.TradeOffs))}[/]",
            Verdict.Worse => "[red]worse[/]",
            Verdict.Inconclusive => "[grey]inconclusive[/]",
            _ => "[grey]no difference[/]",
        };
        console.MarkupLine($"Verdict: [bold]{verdict}[/] — {Markup.Escape(result.VerdictReason)}");
        if (result.Baseline.Failed + result.Candidate.Failed > 0)
        {
            console.MarkupLine($"[yellow]Failed conversations (counted unresolved): baseline {result.Baseline.Failed}, candidate {result.Candidate.Failed}.[/]");
        }
    }

    private static string Value(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";
}
