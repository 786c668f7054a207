using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.CommandLine;

namespace AgentSupport.Workbench.Tests.Cli;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-bench-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Generate_replicates_the_samples_with_fresh_ids_and_bench_measures_the_file()
    {
        var file = Path.Combine(_directory, "synthetic.jsonl");

        var generated = await CliRunner.RunAsync("bench", "--generate", "2", file);

        Assert.Equal(ExitCodes.Success, generated.ExitCode);
        Assert.InRange(new FileInfo(file).Length, 2L << 20, (2L << 20) + (1 << 16));
        var ids = new List<string?>();
        var report = await new ConversationAnalyzer().AnalyzeFileAsync(file, onConversation: c => ids.Add(c.ConversationId));
        Assert.Equal(0, report.Result.NBadLines);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("syn_", id));

        var (exitCode, output, error) = await CliRunner.RunAsync("bench", file, "--repeat", "1");

        Assert.True(exitCode == ExitCodes.Success, error);
        // The test build has the analysis executable beside the Workbench (on the JIT here), so bench times it too.
        foreach (var expected in new[] { "Python reader (reference_analyze.py)", "cold CLI", "cold native CLI", "warmed analysis", "MB/s", "× Python", "identical to the Python reader's", "analyze" })
        {
            Assert.Contains(expected, output);
        }

        Assert.Matches(@"cold native CLI: \S*agentsupport-analyze", output);
    }

    [Fact]
    public async Task Generate_with_raw_utf8_writes_the_accents_as_utf8_and_bench_finds_python_agreeing()
    {
        var file = Path.Combine(_directory, "raw.jsonl");

        var generated = await CliRunner.RunAsync("bench", "--generate", "1", "--raw-utf8", file);

        Assert.Equal(ExitCodes.Success, generated.ExitCode);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.True(bytes.AsSpan().IndexOf("garantía"u8) >= 0);
        Assert.DoesNotContain(@"\u00", System.Text.Encoding.UTF8.GetString(bytes));
        var (exitCode, output, error) = await CliRunner.RunAsync("bench", file, "--repeat", "1");
        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("identical to the Python reader's", output);
    }

    [Fact]
    public async Task Bench_without_python_says_so_and_exits_with_2()
    {
        var file = await WriteSmallFileAsync();

        var (exitCode, _, error) = await CliRunner.RunAsync("bench", file, "--python", Path.Combine(_directory, "no-python-here"));

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("could not be started, so there is no Python figure to compare with", error);
    }

    [Fact]
    public async Task Bench_fails_when_the_python_reader_disagrees_with_the_cli()
    {
        var file = await WriteSmallFileAsync();
        var wrong = Path.Combine(_directory, "wrong_reader.py");
        await File.WriteAllTextAsync(wrong, "import sys\nprint('$.n_valid: 20 != 19', file=sys.stderr)\nsys.exit(1)\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("bench", file, "--repeat", "1", "--reference", wrong);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("does not agree with the CLI", error);
        Assert.Contains("$.n_valid: 20 != 19", error);
    }

    [Fact]
    public async Task Bench_fails_when_the_analysis_executable_prints_another_document_than_the_cli()
    {
        var file = await WriteSmallFileAsync();
        var wrong = Path.Combine(_directory, "wrong-analyze");
        await File.WriteAllTextAsync(wrong, "#!/bin/sh\necho '{\"n_valid\": 19}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrong, File.GetUnixFileMode(wrong) | UnixFileMode.UserExecute);
        }

        var (exitCode, _, error) = await CliRunner.RunAsync("bench", file, "--repeat", "1", "--native", wrong);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("does not print the document of", error);
    }

    [Fact]
    public async Task Bench_with_a_missing_analysis_executable_exits_with_2()
    {
        var file = await WriteSmallFileAsync();

        var (exitCode, _, error) = await CliRunner.RunAsync("bench", file, "--native", Path.Combine(_directory, "no-analyze-here"));

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("was not found", error);
    }

    [Fact]
    public async Task Bench_of_a_missing_file_exits_with_2()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("bench", Path.Combine(_directory, "missing.jsonl"));

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("file not found", error);
    }

    /// <summary>Twenty conversations of the seed sample, for the benches that stop at an error.</summary>
    private async Task<string> WriteSmallFileAsync()
    {
        var file = Path.Combine(_directory, "small.jsonl");
        await File.WriteAllLinesAsync(file, File.ReadLines(RepositoryFiles.SeedSample).Take(20));
        return file;
    }
}
