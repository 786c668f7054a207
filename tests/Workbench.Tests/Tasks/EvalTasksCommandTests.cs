using AgentSupport.Workbench.Tasks;
using AgentSupport.Workbench.Tests.Cli;

namespace AgentSupport.Workbench.Tests.Tasks;

/// <summary>The <c>eval-tasks</c> command: the success rate by set and language, and by category, for the chosen tasks.</summary>
public sealed class EvalTasksCommandTests
{
    [Fact]
    public async Task Prints_the_success_rate_of_the_held_out_tasks_by_language_and_category()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("eval-tasks", "--set", "held-out", "--prompts", RepositoryFiles.Prompts);

        var heldOut = TaskSuite.Default.Tasks.Where(task => task.Set == TaskSuite.HeldOutSet).ToList();
        Assert.True(exitCode == 0, error);
        foreach (var language in new[] { "en", "es" })
        {
            Assert.Matches($@"held-out\s*│\s*{language}\s*│\s*\d+\s*│\s*{heldOut.Count(task => task.Language == language)}\s*│\s*\d+\.\d %", output);
        }

        Assert.DoesNotContain("│ dev", output);
        Assert.Matches($@"safety\s*│\s*\d+\s*│\s*{heldOut.Count(task => task.Category == "safety")}\s*│", output);
    }

    [Fact]
    public async Task An_unknown_set_is_an_input_error()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("eval-tasks", "--set", "everything");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("everything", error, StringComparison.Ordinal);
    }
}
