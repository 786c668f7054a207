using System.CommandLine;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Workbench.Cli;

/// <summary><c>compare --baseline a.jsonl --candidate b.jsonl</c>: deltas with bootstrap intervals, a verdict, comparison.json and report.html.</summary>
internal static class CompareCommand
{
    private static readonly Option<string> BaselineOption = new("--baseline")
    {
        Description = "Baseline conversations (JSONL, either dialect), e.g. baseline_conversations.jsonl.",
    };

    private static readonly Option<string> CandidateOption = new("--candidate", "--proposed")
    {
        Description = "Candidate conversations (JSONL, either dialect), e.g. proposed_conversations.jsonl.",
    };

    private static readonly Option<string?> RunOption = new("--run") { Description = "Compare a regenerated run's two arms instead of two files; --out is then the folder of the runs." };

    private static readonly Option<string?> PromptsOption = LoopOptions.Prompts();

    private static readonly Option<string?> OutOption = new("--out") { Description = "Directory for comparison.json and report.html (with --run: the folder of the runs, default workbench-runs)." };

    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print comparison.json instead of the table." };

    private static readonly Option<int> ResamplesOption = new("--resamples")
    {
        Description = "Bootstrap resamples for the 95% intervals.",
        DefaultValueFactory = _ => ComparisonSettings.Default.Resamples,
        CustomParser = OptionParsers.Integer(100, 100_000),
    };

    private static readonly Option<int> SeedOption = new("--seed")
    {
        Description = "Seed of the bootstrap, so the same files always give the same intervals.",
        DefaultValueFactory = _ => ComparisonSettings.Default.Seed,
        CustomParser = OptionParsers.Integer(0, int.MaxValue),
    };

    public static Command Create()
    {
        var command = new Command("compare", "Compare candidate conversations with baseline ones (two files, or a run's arms): deltas, 95% bootstrap intervals (paired when ids match), verdict.")
        {
            BaselineOption, CandidateOption, RunOption, PromptsOption, OutOption, JsonOption, ResamplesOption, SeedOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        if (parse.GetValue(RunOption) is { } runId)
        {
            return await LoopCommand.RunAsync(parse, "compare", parse.GetValue(PromptsOption), parse.GetValue(OutOption) ?? LoopOptions.DefaultRunsFolder,
                (host, _) => host.Loop.CompareAsync(runId, cancellationToken), cancellationToken);
        }

        if (parse.GetValue(BaselineOption) is not { } baselinePath || parse.GetValue(CandidateOption) is not { } candidatePath)
        {
            await error.WriteLineAsync("compare: give --baseline <file> and --candidate <file>, or --run <run id>.");
            return ExitCodes.InputError;
        }

        foreach (var path in new[] { baselinePath, candidatePath })
        {
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"compare: file not found: {path}");
                return ExitCodes.InputError;
            }
        }

        var analyzer = new ConversationAnalyzer();
        var settings = new ComparisonSettings { Resamples = parse.GetValue(ResamplesOption), Seed = parse.GetValue(SeedOption) };
        ComparisonArm baseline, candidate;
        try
        {
            baseline = await ComparisonArm.FromFileAsync(analyzer, Path.GetFileName(baselinePath), baselinePath, cancellationToken);
            candidate = await ComparisonArm.FromFileAsync(analyzer, Path.GetFileName(candidatePath), candidatePath, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"compare: cannot read the conversations: {ex.Message}");
            return ExitCodes.InputError;
        }

        foreach (var (arm, path) in new[] { (baseline, baselinePath), (candidate, candidatePath) })
        {
            if (arm.Report.Result.NBadLines > 0)
            {
                var first = arm.Report.BadLines[0];
                await error.WriteLineAsync($"compare: {path}: {arm.Report.Result.NBadLines} bad lines skipped; first: line {first.Line}: {first.Reason}");
            }

            if (arm.Report.Result.NValid == 0)
            {
                await error.WriteLineAsync($"compare: no valid conversation in {path}");
                return ExitCodes.InputError;
            }
        }

        var result = new ConversationSetComparer(analyzer.Settings.Metrics, settings).Compare(baseline, candidate);
        if (parse.GetValue(OutOption) is { } outDirectory)
        {
            await ComparisonJson.WriteAsync(outDirectory, result, cancellationToken);
            var samples = await SampleTranscripts.FromFilesAsync(baselinePath, candidatePath, result.Samples, cancellationToken);
            await ComparisonReportHtml.WriteAsync(outDirectory, result, samples, cancellationToken);
        }

        if (parse.GetValue(JsonOption))
        {
            await output.WriteLineAsync(ComparisonJson.Serialize(result));
        }
        else
        {
            ComparisonView.Render(CliConsole.For(output), result);
        }

        return ExitCodes.Success;
    }
}
