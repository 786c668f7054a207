using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.CommandLine;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// <c>bench &lt;file&gt;</c>: the analysis measured as users run it, a fresh <c>analyze --json</c> process, a fresh
/// process of the ahead-of-time executable when there is one, and warmed in this process, each as a ratio against the
/// plain Python reader of benchmarks/ timed in the same run, all alternating so that they see the same machine load.
/// The Python reader's document, and the executable's byte for byte, must equal the CLI's.
/// <c>bench --generate &lt;MB&gt; &lt;file&gt;</c> first writes a synthetic file of that size from the samples.
/// </summary>
internal static class BenchCommand
{
    private const double Megabyte = 1 << 20;

    private const string ReferenceScript = "benchmarks/reference_analyze.py";

    private static readonly string[] SampleNames = ["conversations_sample.jsonl", "conversations_roles_sample.jsonl"];

    private static readonly Argument<string> FileArgument = new("file") { Description = "JSONL file to measure (or to write with --generate)." };

    private static readonly Option<int> RepeatOption = new("--repeat")
    {
        HelpName = "runs",
        Description = "Timed runs of each measurement; medians are reported.",
        DefaultValueFactory = _ => 5,
        CustomParser = OptionParsers.Integer(1, 100),
    };

    private static readonly Func<System.CommandLine.Parsing.ArgumentResult, int> ParseMegabytes = OptionParsers.Integer(1, 1 << 20);

    private static readonly Option<int?> GenerateOption = new("--generate")
    {
        HelpName = "MB",
        Description = "Write a synthetic file of this many MB (2^20 bytes) at <file> by replicating the samples with fresh ids, then stop.",
        CustomParser = result => ParseMegabytes(result),
    };

    private static readonly Option<bool> RawUtf8Option = new("--raw-utf8")
    {
        Description = "With --generate: write non-ASCII characters as raw UTF-8 instead of the samples' \\u escapes (the same conversations).",
    };

    private static readonly Option<string[]> FromOption = new("--from")
    {
        HelpName = "file",
        Description = "Sample files to replicate with --generate (default: the repository's samples/).",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<string> PythonOption = new("--python")
    {
        HelpName = "command",
        Description = "Python interpreter running the reference reader.",
        DefaultValueFactory = _ => "python3",
    };

    private static readonly Option<string?> NativeOption = new("--native")
    {
        HelpName = "executable",
        Description = $"The ahead-of-time analysis executable to time as well (default: {BenchProcess.NativeAnalyzerName} beside this CLI, when there is one).",
    };

    private static readonly Option<string?> ReferenceOption = new("--reference")
    {
        HelpName = "script",
        Description = $"The plain Python reader to compare with (default: the repository's {ReferenceScript}).",
    };

    public static Command Create()
    {
        var command = new Command("bench", "Measure analysis speed, as a fresh CLI process and warmed, against a plain Python reader of the same file.")
        {
            FileArgument, RepeatOption, GenerateOption, RawUtf8Option, FromOption, PythonOption, ReferenceOption, NativeOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var file = parse.GetRequiredValue(FileArgument);
        var console = CliConsole.For(output);
        if (parse.GetValue(GenerateOption) is { } megabytes)
        {
            return await GenerateAsync(console, error, file, megabytes, parse.GetValue(RawUtf8Option), parse.GetValue(FromOption), cancellationToken);
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"bench: file not found: {file}");
            return ExitCodes.InputError;
        }

        var reference = parse.GetValue(ReferenceOption) ?? FindInRepository(ReferenceScript);
        if (reference is null || !File.Exists(reference))
        {
            await error.WriteLineAsync($"bench: the Python reader {reference ?? ReferenceScript} was not found; pass --reference <script>");
            return ExitCodes.InputError;
        }

        var python = parse.GetValue(PythonOption)!;
        if (!await BenchProcess.CanStartAsync(python, cancellationToken))
        {
            await error.WriteLineAsync($"bench: '{python}' could not be started, so there is no Python figure to compare with; install Python 3 or pass --python <command>");
            return ExitCodes.InputError;
        }

        var native = parse.GetValue(NativeOption) is { } nativePath ? Path.GetFullPath(nativePath) : BenchProcess.NativeAnalyzerBeside();
        if (parse.GetValue(NativeOption) is not null && !File.Exists(native))
        {
            await error.WriteLineAsync($"bench: the analysis executable {native} was not found");
            return ExitCodes.InputError;
        }

        var size = new FileInfo(file).Length;
        var repeat = parse.GetValue(RepeatOption);
        var cli = BenchProcess.WorkbenchCommand(["analyze", file, "--json"]);
        var cliDocument = Path.GetTempFileName();
        try
        {
            // One untimed run of each reads the file into the page cache and writes the CLI's document, which every
            // timed Python run must then reproduce exactly.
            var first = await BenchProcess.RunAsync(cli, cancellationToken);
            if (first.ExitCode != ExitCodes.Success)
            {
                await error.WriteLineAsync($"bench: {cli.Display} failed with exit code {first.ExitCode}: {first.Error}");
                return ExitCodes.Failure;
            }

            await File.WriteAllTextAsync(cliDocument, first.Output, cancellationToken);
            var nativeCommand = native is null ? null : new BenchProcess.CommandLine(native, [file, "--json"]);
            if (nativeCommand is not null && await BenchProcess.RunAsync(nativeCommand, cancellationToken) is var nativeFirst && (nativeFirst.ExitCode, nativeFirst.Output) != (first.ExitCode, first.Output))
            {
                await error.WriteLineAsync($"bench: {nativeCommand.Display} does not print the document of {cli.Display} (exit code {nativeFirst.ExitCode}): {nativeFirst.Error}");
                return ExitCodes.Failure;
            }

            var pythonCommand = new BenchProcess.CommandLine(python, [reference, file, "--expect", cliDocument]);
            var (pythonSeconds, coldSeconds, nativeSeconds, warmSeconds) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            var analyzer = new ConversationAnalyzer();
            AnalysisReport? report = null;
            for (var run = 0; run < repeat; run++)
            {
                var pythonRun = await BenchProcess.RunAsync(pythonCommand, cancellationToken);
                if (pythonRun.ExitCode != 0)
                {
                    await error.WriteLineAsync($"bench: the Python reader does not agree with the CLI on {file}:\n{pythonRun.Error}");
                    return ExitCodes.Failure;
                }

                pythonSeconds.Add(pythonRun.Seconds);
                coldSeconds.Add((await BenchProcess.RunAsync(cli, cancellationToken)).Seconds);
                if (nativeCommand is not null)
                {
                    nativeSeconds.Add((await BenchProcess.RunAsync(nativeCommand, cancellationToken)).Seconds);
                }

                var clock = Stopwatch.StartNew();
                report = await analyzer.AnalyzeFileAsync(file, cancellationToken: cancellationToken);
                warmSeconds.Add(clock.Elapsed.TotalSeconds);
            }

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var (pythonMedian, coldMedian, warmMedian) = (Median(pythonSeconds), Median(coldSeconds), Median(warmSeconds));
            var table = new Table().Border(TableBorder.Rounded).Title("AgentSupport analysis benchmark").AddColumns("measure", "median", "MB/s", "× Python");
            table.AddRow("file", Markup.Escape(file), $"{Format(size / Megabyte, "0.0")} MB", "");
            table.AddRow("conversations", report!.Result.NValid.ToString("N0", CultureInfo.InvariantCulture), "", "");
            table.AddRow("bad lines", report.Result.NBadLines.ToString("N0", CultureInfo.InvariantCulture), "", "");
            table.AddRow(Markup.Escape($"Python reader ({Path.GetFileName(reference)})"), Seconds(pythonMedian), Speed(size, pythonMedian), "1.0");
            table.AddRow("cold CLI (fresh analyze --json process)", Seconds(coldMedian), Speed(size, coldMedian), Format(pythonMedian / coldMedian, "0.0"));
            if (nativeCommand is not null)
            {
                var nativeMedian = Median(nativeSeconds);
                table.AddRow($"cold native CLI ({BenchProcess.NativeAnalyzerName})", Seconds(nativeMedian), Speed(size, nativeMedian), Format(pythonMedian / nativeMedian, "0.0"));
            }

            table.AddRow("warmed analysis (in this process)", Seconds(warmMedian), Speed(size, warmMedian), Format(pythonMedian / warmMedian, "0.0"));
            table.AddRow("peak working set (this process)", $"{Format(process.PeakWorkingSet64 / Megabyte, "0")} MB", "", "");
            table.AddRow("paired runs", repeat.ToString(CultureInfo.InvariantCulture), "", "");
            table.AddRow("parser threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), "", "");
            table.AddRow("results", "identical to the Python reader's", "", "");
            console.Write(table);
            console.MarkupLine(Markup.Escape($"cold CLI: {cli.Display}"));
            console.MarkupLine(Markup.Escape(nativeCommand is null
                ? $"cold native CLI: no {BenchProcess.NativeAnalyzerName} beside this CLI; publish src/Analysis.Cli there (README, \"Performance\") or pass --native"
                : $"cold native CLI: {nativeCommand.Display}"));
            return ExitCodes.Success;
        }
        finally
        {
            File.Delete(cliDocument);
        }
    }

    private static async Task<int> GenerateAsync(
        IAnsiConsole console, TextWriter error, string target, int megabytes, bool rawUtf8, string[]? from, CancellationToken cancellationToken)
    {
        var sources = from is { Length: > 0 } ? from : SampleNames.Select(name => FindInRepository(Path.Combine("samples", name))).OfType<string>().ToArray();
        if (sources.Length == 0)
        {
            await error.WriteLineAsync("bench: the repository's samples/ folder was not found; pass --from <file>");
            return ExitCodes.InputError;
        }

        if (sources.FirstOrDefault(source => !File.Exists(source)) is { } missing)
        {
            await error.WriteLineAsync($"bench: sample not found: {missing}");
            return ExitCodes.InputError;
        }

        try
        {
            var (bytes, conversations) = await SyntheticConversationFile.WriteAsync(sources, target, (long)(megabytes * Megabyte), rawUtf8, cancellationToken);
            console.MarkupLine($"Wrote {Markup.Escape(target)}: {Format(bytes / Megabyte, "0.0")} MB, {conversations:N0} conversations.");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await error.WriteLineAsync($"bench: cannot generate {target}: {ex.Message}");
            return ExitCodes.InputError;
        }
    }

    /// <summary>A path of the repository holding the running build or the current directory, or null outside one.</summary>
    private static string? FindInRepository(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "AgentSupport.sln")))
                {
                    return Path.Combine(directory.FullName, relativePath);
                }
            }
        }

        return null;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static string Seconds(double seconds) => $"{Format(seconds, "0.000")} s";

    private static string Speed(long bytes, double seconds) => Format(bytes / Megabyte / seconds, "0");

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
