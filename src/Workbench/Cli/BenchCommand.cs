using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AgentSupport.Workbench.Analysis;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// <c>bench &lt;file&gt;</c>: analysis throughput against a raw read of the same cached file, and peak memory.
/// <c>bench --generate &lt;MB&gt; &lt;file&gt;</c> first writes a synthetic file of that size from the samples.
/// </summary>
internal static class BenchCommand
{
    private const double Megabyte = 1 << 20;

    private static readonly string[] SampleNames = ["conversations_sample.jsonl", "conversations_roles_sample.jsonl"];

    private static readonly Argument<string> FileArgument = new("file") { Description = "JSONL file to measure (or to write with --generate)." };

    private static readonly Option<int> RepeatOption = new("--repeat")
    {
        HelpName = "runs",
        Description = "Timed runs of each measurement; the best is reported.",
        DefaultValueFactory = _ => 3,
        CustomParser = OptionParsers.Integer(1, 100),
    };

    private static readonly Func<System.CommandLine.Parsing.ArgumentResult, int> ParseMegabytes = OptionParsers.Integer(1, 1 << 20);

    private static readonly Option<int?> GenerateOption = new("--generate")
    {
        HelpName = "MB",
        Description = "Write a synthetic file of this many MB (2^20 bytes) at <file> by replicating the samples with fresh ids, then stop.",
        CustomParser = result => ParseMegabytes(result),
    };

    private static readonly Option<string[]> FromOption = new("--from")
    {
        HelpName = "file",
        Description = "Sample files to replicate with --generate (default: the repository's samples/).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Command Create()
    {
        var command = new Command("bench", "Measure analysis throughput (MB/s) against a raw read of the same file, and peak memory.")
        {
            FileArgument, RepeatOption, GenerateOption, FromOption,
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
            return await GenerateAsync(console, error, file, megabytes, parse.GetValue(FromOption), cancellationToken);
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"bench: file not found: {file}");
            return ExitCodes.InputError;
        }

        var analyzer = new ConversationAnalyzer();
        var repeat = parse.GetValue(RepeatOption);

        // One untimed read puts the file in the page cache, so both measures read from memory.
        var size = ReadRaw(file);
        double bestRaw = 0, bestAnalysis = 0;
        AnalysisReport? report = null;
        for (var run = 0; run < repeat; run++)
        {
            var clock = Stopwatch.StartNew();
            var read = ReadRaw(file);
            bestRaw = Math.Max(bestRaw, read / Megabyte / clock.Elapsed.TotalSeconds);

            clock.Restart();
            report = await analyzer.AnalyzeFileAsync(file, cancellationToken: cancellationToken);
            bestAnalysis = Math.Max(bestAnalysis, report.BytesRead / Megabyte / clock.Elapsed.TotalSeconds);
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var table = new Table().Border(TableBorder.Rounded).Title("AgentSupport analysis benchmark").AddColumns("measure", "value");
        table.AddRow("file", Markup.Escape(file));
        table.AddRow("size", $"{Format(size / Megabyte, "0.0")} MB");
        table.AddRow("conversations", report!.Result.NValid.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("bad lines", report.Result.NBadLines.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("raw read (best)", $"{Format(bestRaw, "0")} MB/s");
        table.AddRow("analysis (best)", $"{Format(bestAnalysis, "0")} MB/s");
        table.AddRow("analysis / raw", $"{Format(bestAnalysis / bestRaw * 100, "0.0")} %");
        table.AddRow("peak working set", $"{Format(process.PeakWorkingSet64 / Megabyte, "0")} MB");
        table.AddRow("runs (best kept)", repeat.ToString(CultureInfo.InvariantCulture));
        table.AddRow("parser threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));
        console.Write(table);
        return ExitCodes.Success;
    }

    private static async Task<int> GenerateAsync(
        IAnsiConsole console, TextWriter error, string target, int megabytes, string[]? from, CancellationToken cancellationToken)
    {
        var sources = from is { Length: > 0 } ? from : FindSamples();
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
            var (bytes, conversations) = await SyntheticConversationFile.WriteAsync(sources, target, (long)(megabytes * Megabyte), cancellationToken);
            console.MarkupLine($"Wrote {Markup.Escape(target)}: {Format(bytes / Megabyte, "0.0")} MB, {conversations:N0} conversations.");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await error.WriteLineAsync($"bench: cannot generate {target}: {ex.Message}");
            return ExitCodes.InputError;
        }
    }

    private static long ReadRaw(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var total = 0L;
        while (stream.Read(buffer) is var read and > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The samples of the repository holding the running build or the current directory.</summary>
    private static string[] FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "AgentSupport.sln")))
                {
                    return SampleNames.Select(name => Path.Combine(directory.FullName, "samples", name)).ToArray();
                }
            }
        }

        return [];
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
