using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Tests.Loop.Support;

namespace AgentSupport.Workbench.Tests.Cli;

public sealed class PromptsCommandTests : IDisposable
{
    private readonly TempPrompts _prompts = new();

    public void Dispose() => _prompts.Dispose();

    [Fact]
    public async Task Validate_lists_the_shipped_prompts_and_exits_0()
    {
        var (exit, output, error) = await CliRunner.RunAsync("prompts", "validate", "--prompts", _prompts.Root);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("customer-agent: 2 version(s); production → v2", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Validate_reports_a_broken_new_file_with_line_and_column_and_exits_2()
    {
        var good = await File.ReadAllTextAsync(Path.Combine(_prompts.Root, "customer-agent", "v1.scriban"));
        var broken = good.Replace("version: 1", "version: 3").Replace("parent:", "parent: 1") + "\n{{ secret_of_the_house }}\n";
        await File.WriteAllTextAsync(Path.Combine(_prompts.Root, "customer-agent", "v3.scriban"), broken);

        var (exit, _, error) = await CliRunner.RunAsync("prompts", "validate", "--prompts", _prompts.Root);

        Assert.Equal(ExitCodes.InputError, exit);
        var lineNumber = broken.Split('\n').ToList().FindIndex(l => l.Contains("secret_of_the_house")) + 1;
        Assert.Contains($"v3.scriban({lineNumber},4)", error);
        Assert.Contains("secret_of_the_house", error);
    }

    [Fact]
    public async Task Diff_prints_a_unified_diff_between_two_versions()
    {
        var v1 = _prompts.Store.Get("customer-agent", 1);
        var created = _prompts.Store.CreateVersion("customer-agent", new AgentSupport.Prompts.Storage.PromptEdit
        {
            Author = "tests", Parent = 1, Body = v1.Body + "\nConfirm the plate before quoting.\n", Description = "Confirm plates",
        });

        var (exit, output, _) = await CliRunner.RunAsync("prompts", "diff", "customer-agent", "1", $"{created.Number}", "--prompts", _prompts.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("+Confirm the plate before quoting.", output);
        Assert.Contains("-version: 1", output);
    }

    [Fact]
    public async Task Diff_of_an_unknown_version_exits_2()
    {
        var (exit, _, error) = await CliRunner.RunAsync("prompts", "diff", "customer-agent", "1", "9", "--prompts", _prompts.Root);
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.NotEqual("", error);
    }
}
