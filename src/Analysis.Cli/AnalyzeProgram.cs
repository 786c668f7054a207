using System.CommandLine;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Analysis.Exports;

namespace AgentSupport.Analysis.Cli;

/// <summary>
/// <c>agentsupport-analyze &lt;file&gt; [--json]</c>: the Workbench's <c>analyze --json</c> as an executable of its own,
/// with the same options and exit codes and the same document, for scripts that run one analysis per process.
/// </summary>
public static class AnalyzeProgram
{
    private static Task<int> Main(string[] args) => InvokeAsync(args, Console.Out, Console.Error);

    /// <summary>Parses and runs <paramref name="args"/> writing to the given streams (tests pass string writers).</summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var command = new RootCommand("AgentSupport analysis: the analysis summary of a JSONL conversation set, as one JSON object.")
        {
            AnalyzeOptions.FileArgument, AnalyzeOptions.JsonOption, AnalyzeOptions.IntentModeOption, AnalyzeOptions.IntentsOption,
            AnalyzeOptions.TargetCsatOption, AnalyzeOptions.MaxTurnsOption, AnalyzeOptions.LatencyTargetOption, AnalyzeOptions.WeightsOption,
        };
        command.SetAction(RunAsync);
        return CommandLineRunner.InvokeAsync(command, args, output, error, cancellationToken);
    }

    // The document is printed with or without --json, which is accepted so that an `analyze --json` command line works unchanged.
    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var file = parse.GetRequiredValue(AnalyzeOptions.FileArgument);
        if (await AnalyzeOptions.CreateAnalyzerAsync(parse, error) is not { } analyzer)
        {
            return ExitCodes.InputError;
        }

        try
        {
            var report = await analyzer.AnalyzeFileAsync(file, cancellationToken: cancellationToken);
            await output.WriteLineAsync(AnalysisJson.Serialize(report.Result));
            return await AnalyzeOptions.ReportNoValidConversationAsync(report, file, error) ? ExitCodes.InputError : ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"analyze: cannot read {file}: {ex.Message}");
            return ExitCodes.InputError;
        }
    }
}
