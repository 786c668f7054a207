using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Cli;
using AgentSupport.Workbench.Loop.Runs;
using AgentSupport.Workbench.Tests.Loop.Support;

namespace AgentSupport.Workbench.Tests.Loop.Faults;

/// <summary>The CLI reads its model from environment variables, which are the whole process's: these tests run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

/// <summary>A proposer that never finishes: the command fails clearly, the run is marked failed, nothing is thrown at the user.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class ProposerCliFaultTests : IAsyncLifetime
{
    private static readonly string[] Variables = ["OpenAI__ApiKey", "OpenAI__BaseUrl", "OpenAI__Model", "Workbench__ProposerTimeout", "Model__MaxRetries"];

    private readonly TempPrompts _prompts = new();
    private readonly string _runs = Directory.CreateTempSubdirectory("agentsupport-cli-faults-").FullName;
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        Environment.SetEnvironmentVariable("OpenAI__ApiKey", "test-key");
        Environment.SetEnvironmentVariable("OpenAI__BaseUrl", _server.BaseUrl.ToString());
        Environment.SetEnvironmentVariable("OpenAI__Model", "fake-reasoner");
        Environment.SetEnvironmentVariable("Workbench__ProposerTimeout", "00:00:01");
        Environment.SetEnvironmentVariable("Model__MaxRetries", "0");
    }

    public async Task DisposeAsync()
    {
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        await _server.DisposeAsync();
        _prompts.Dispose();
        Directory.Delete(_runs, recursive: true);
    }

    [Fact]
    public async Task A_proposer_timeout_exits_non_zero_with_the_reason_and_the_run_marked_failed()
    {
        _server.Fallback = FakeReply.Stalling("{\"prompt_changes\": {", chunks: 1);
        var dataset = Path.Combine(_runs, "dataset.jsonl");
        File.WriteAllLines(dataset, File.ReadLines(RepositoryFiles.Sample("conversations_sample.jsonl")).Take(40));
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await WorkbenchCli.InvokeAsync(["propose", "--dataset", dataset, "--per-context", "1", "--prompts", _prompts.Root, "--out", _runs], output, error);

        Assert.Equal(ExitCodes.Failure, exit);
        var message = error.ToString();
        Assert.Contains("the proposer failed: The proposer did not answer within 00:00:01", message);
        Assert.DoesNotContain("Unhandled exception", message + output);
        Assert.DoesNotContain("   at ", message);
        var folder = Directory.GetDirectories(_runs).Single();
        Assert.Contains($"run --resume {Path.GetFileName(folder)}", message);
        var run = RunJson.Deserialize(await File.ReadAllTextAsync(Path.Combine(folder, "run.json")));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(RunStatus.Created, run.FailedStep);
        Assert.Equal("The proposer did not answer within 00:00:01.", run.Failure);
        Assert.Single(_server.Requests);
    }
}
