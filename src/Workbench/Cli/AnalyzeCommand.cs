using System.CommandLine;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Analysis.Metrics;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary><c>analyze &lt;file&gt;</c>: metrics, intents, tool ranking and breakdowns of a JSONL conversation set.</summary>
internal static class AnalyzeCommand
{
    // Below this size the analysis ends before a progress bar would be worth drawing.
    private const long ProgressBarMinBytes = 32L << 20;

    private static readonly Argument<string> FileArgument = new("file") { Description = "JSONL conversation file (seed or roles dialect, mixed allowed)." };

    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print exactly one JSON object (the analysis summary) instead of the report." };

    private static readonly Option<string?> OutOption = new("--out") { HelpName = "dir", Description = "Directory for candidate_tools_ranked.csv, baseline_meta.csv and analysis.json." };

    private static readonly Option<IntentMode> IntentModeOption = new("--intent-mode")
    {
        HelpName = "words|seed",
        Description = "words: whole-word patterns (the default); seed: the older system's patterns, for comparison with its reports.",
        CustomParser = OptionParsers.OneOf(("words", IntentMode.Words), ("seed", IntentMode.Seed)),
    };

    private static readonly Option<string?> IntentsOption = new("--intents") { HelpName = "file", Description = "Intent configuration file (JSON) replacing the built-in table." };

    private static readonly Option<double> TargetCsatOption = new("--target-csat")
    {
        HelpName = "1-5",
        Description = "Csat target of the composite and of the ranking's csat gap.",
        DefaultValueFactory = _ => MetricSettings.Default.TargetCsat,
        CustomParser = OptionParsers.Number(1, 5),
    };

    private static readonly Option<double> MaxTurnsOption = new("--max-turns")
    {
        HelpName = "turns",
        Description = "Turn budget of the composite's efficiency term (> 0).",
        DefaultValueFactory = _ => MetricSettings.Default.MaxTurns,
        CustomParser = OptionParsers.Number(0, double.PositiveInfinity, minExclusive: true),
    };

    private static readonly Option<double> LatencyTargetOption = new("--latency-target")
    {
        HelpName = "seconds",
        Description = "Duration target of the composite's latency term (> 0).",
        DefaultValueFactory = _ => MetricSettings.Default.LatencyTargetSec,
        CustomParser = OptionParsers.Number(0, double.PositiveInfinity, minExclusive: true),
    };

    private static readonly Option<CompositeWeights?> WeightsOption = new("--weights")
    {
        HelpName = "csat,resolution,turns,latency",
        Description = "Composite weights, each >= 0 (default .35,.35,.15,.15).",
        CustomParser = OptionParsers.Weights,
    };

    public static Command Create()
    {
        var command = new Command("analyze", "Analyse a JSONL conversation set: metrics, intents, tool ranking, breakdowns.")
        {
            FileArgument, JsonOption, OutOption, IntentModeOption, IntentsOption,
            TargetCsatOption, MaxTurnsOption, LatencyTargetOption, WeightsOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var file = parse.GetRequiredValue(FileArgument);
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"analyze: file not found: {file}");
            return ExitCodes.InputError;
        }

        var mode = parse.GetValue(IntentModeOption);
        IntentCatalog intents;
        try
        {
            intents = parse.GetValue(IntentsOption) is { } intentsPath ? IntentCatalog.Load(intentsPath, mode) : IntentCatalog.Default(mode);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"analyze: cannot use the intent configuration: {ex.Message}");
            return ExitCodes.InputError;
        }

        var analyzer = new ConversationAnalyzer(new AnalysisSettings
        {
            Intents = intents,
            Metrics = new MetricSettings
            {
                TargetCsat = parse.GetValue(TargetCsatOption),
                MaxTurns = parse.GetValue(MaxTurnsOption),
                LatencyTargetSec = parse.GetValue(LatencyTargetOption),
                Weights = parse.GetValue(WeightsOption) ?? CompositeWeights.Default,
            },
        });

        var json = parse.GetValue(JsonOption);
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

            if (report.Result.NValid == 0)
            {
                var first = report.BadLines.Count > 0 ? $"; first: line {report.BadLines[0].Line}: {report.BadLines[0].Reason}" : "";
                await error.WriteLineAsync($"analyze: no valid conversation in {file} ({report.Result.NBadLines} bad lines{first})");
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
