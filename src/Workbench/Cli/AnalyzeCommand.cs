using System.CommandLine;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Analysis.Exports;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary><c>analyze &lt;file&gt;</c>: metrics, intents, tool ranking and breakdowns of a JSONL conversation set.</summary>
internal static class AnalyzeCommand
{
    // Below this size the analysis ends before a progress bar would be worth drawing.
    private const long ProgressBarMinBytes = 32L << 20;

    private static readonly Option<string?> OutOption = new("--out") { HelpName = "dir", Description = "Directory for candidate_tools_ranked.csv, baseline_meta.csv and analysis.json." };

    public static Command Create()
    {
        var command = new Command("analyze", "Analyse a JSONL conversation set: metrics, intents, tool ranking, breakdowns.")
        {
            AnalyzeOptions.FileArgument, AnalyzeOptions.JsonOption, OutOption, AnalyzeOptions.IntentModeOption, AnalyzeOptions.IntentsOption,
            AnalyzeOptions.TargetCsatOption, AnalyzeOptions.MaxTurnsOption, AnalyzeOptions.LatencyTargetOption, AnalyzeOptions.WeightsOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var file = parse.GetRequiredValue(AnalyzeOptions.FileArgument);
        if (await AnalyzeOptions.CreateAnalyzerAsync(parse, error) is not { } analyzer)
        {
            return ExitCodes.InputError;
        }

        var json = parse.GetValue(AnalyzeOptions.JsonOption);
        var outDirectory = parse.GetValue(OutOption);
        var console = json ? null : CliConsole.For(output);
        var showProgress = console is not null && CliConsole.IsTerminal(output) && new FileInfo(file).Length >= ProgressBarMinBytes;
        ConversationMetaCsvWriter? meta = null;
        var partialMeta = outDirectory is null ? null : Path.Combine(outDirectory, AnalysisExports.BaselineMetaFile + ".partial");
        try
        {
            if (outDirectory is not null && !TryStartExports(outDirectory, partialMeta!, error, out meta))
            {
                return ExitCodes.InputError;
            }

            AnalysisReport report;
            try
            {
                report = await WithProgressAsync(showProgress ? console : null, progress => analyzer.AnalyzeFileAsync(file, progress, meta is null ? null : meta.Write, cancellationToken));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"analyze: cannot read {file}: {ex.Message}");
                return ExitCodes.InputError;
            }
            finally
            {
                meta?.Dispose();
            }

            if (json)
            {
                await output.WriteLineAsync(AnalysisJson.Serialize(report.Result));
            }
            else
            {
                AnalysisReportView.Render(console!, report, file);
            }

            if (await AnalyzeOptions.ReportNoValidConversationAsync(report, file, error))
            {
                return ExitCodes.InputError;
            }

            return outDirectory is null || await TryFinishExportsAsync(report, outDirectory, partialMeta!, error, cancellationToken)
                ? ExitCodes.Success
                : ExitCodes.InputError;
        }
        finally
        {
            // Left behind only when the analysis did not finish; never created when the directory was unusable.
            if (meta is not null)
            {
                File.Delete(partialMeta!);
            }
        }
    }

    /// <summary>Opens the meta CSV before the analysis so that it streams there, and so an unwritable directory fails early.</summary>
    private static bool TryStartExports(string directory, string partialMeta, TextWriter error, out ConversationMetaCsvWriter? meta)
    {
        meta = null;
        try
        {
            Directory.CreateDirectory(directory);
            meta = ConversationMetaCsvWriter.Create(partialMeta);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"analyze: cannot write to {directory}: {ex.Message}");
            return false;
        }
    }

    /// <summary>Publishes the streamed meta CSV and writes the ranking and analysis.json, only for an analysis with valid conversations.</summary>
    private static async Task<bool> TryFinishExportsAsync(AnalysisReport report, string directory, string partialMeta, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            File.Move(partialMeta, Path.Combine(directory, AnalysisExports.BaselineMetaFile), overwrite: true);
            await AnalysisExports.WriteAsync(report, directory, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"analyze: cannot write to {directory}: {ex.Message}");
            return false;
        }
    }

    private static async Task<AnalysisReport> WithProgressAsync(IAnsiConsole? console, Func<IProgress<AnalysisProgress>?, Task<AnalysisReport>> analyze)
    {
        if (console is null)
        {
            return await analyze(null);
        }

        return await console.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Analysing", maxValue: 1);
            var report = await analyze(new InlineProgress<AnalysisProgress>(p =>
            {
                task.MaxValue = p.TotalBytes ?? Math.Max(p.BytesRead, 1);
                task.Value = p.BytesRead;
            }));
            task.Value = task.MaxValue;
            return report;
        });
    }
}
