using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Tests.Cli;

namespace AgentSupport.Workbench.Tests.Loop.Benchmark;

public sealed class BenchLoopCommandTests
{
    [Fact]
    public async Task BenchLoop_PrintsMeasuredAgainstIdealAndNoLoss()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
            "bench-loop", "--latency-ms", "5", "--fault-rate", "0.2", "--parallelism", "2", "--conversations", "2", "--seed", "3",
            "--prompts", Path.Combine(RepositoryFiles.Root, "prompts"));

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("conversations done / lost", output);
        Assert.Contains("2 / 0 (of 2;", output);
        Assert.Contains("measured / ideal", output);
        Assert.Contains("ideal wall time", output);
    }

    [Theory]
    [InlineData("--conversations", "3")]
    [InlineData("--fault-rate", "0.9")]
    [InlineData("--parallelism", "0")]
    public async Task BenchLoop_BadOption_IsAnInputError(string option, string value)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("bench-loop", option, value);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains(option, error);
    }
}
