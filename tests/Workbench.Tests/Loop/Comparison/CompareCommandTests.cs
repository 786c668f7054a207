using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Cli;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Workbench.Tests.Loop.Comparison;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-compare-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Compare_writes_comparison_json_and_report_html_and_prints_the_verdict()
    {
        var samples = File.ReadAllLines(RepositoryFiles.Sample("conversations_sample.jsonl"));
        var (baseline, candidate) = (Path.Combine(_directory, "a.jsonl"), Path.Combine(_directory, "b.jsonl"));
        await File.WriteAllLinesAsync(baseline, samples.Take(30));
        await File.WriteAllLinesAsync(candidate, samples.Skip(30).Take(30));
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await WorkbenchCli.InvokeAsync(["compare", "--baseline", baseline, "--candidate", candidate, "--out", _directory], output, error);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Verdict:", output.ToString());
        Assert.Contains("unpaired", output.ToString());
        Assert.True(File.Exists(Path.Combine(_directory, ComparisonJson.FileName)));
        Assert.Contains("<svg", await File.ReadAllTextAsync(Path.Combine(_directory, ComparisonReportHtml.FileName)));
    }

    [Fact]
    public async Task A_missing_file_is_an_input_error_naming_it()
    {
        var missing = Path.Combine(_directory, "nope.jsonl");
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await WorkbenchCli.InvokeAsync(["compare", "--baseline", missing, "--candidate", missing], output, error);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("nope.jsonl", error.ToString());
    }
}
