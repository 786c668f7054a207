using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Cli;

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

        var (exitCode, output, _) = await CliRunner.RunAsync("bench", file, "--repeat", "1");

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (var expected in new[] { "raw read", "analysis", "MB/s", "analysis / raw", "peak working set" })
        {
            Assert.Contains(expected, output);
        }
    }

    [Fact]
    public async Task Bench_of_a_missing_file_exits_with_2()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("bench", Path.Combine(_directory, "missing.jsonl"));

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("file not found", error);
    }
}
