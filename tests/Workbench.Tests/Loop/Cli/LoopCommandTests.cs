using System.Text.Json.Nodes;
using AgentSupport.Prompts;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Cli;
using AgentSupport.Workbench.Loop.Runs;
using AgentSupport.Workbench.Tests.Loop.Support;

namespace AgentSupport.Workbench.Tests.Loop.Cli;

/// <summary>The loop commands end to end on the Offline engine, over a private prompts folder and run folder.</summary>
public sealed class LoopCommandTests : IDisposable
{
    private readonly TempPrompts _prompts = new();
    private readonly string _runs = Directory.CreateTempSubdirectory("agentsupport-cli-runs-").FullName;
    private readonly string _dataset;

    public LoopCommandTests()
    {
        _dataset = Path.Combine(_runs, "dataset.jsonl");
        File.WriteAllLines(_dataset, File.ReadLines(RepositoryFiles.Sample("conversations_sample.jsonl")).Take(60));
    }

    public void Dispose()
    {
        _prompts.Dispose();
        Directory.Delete(_runs, recursive: true);
    }

    private async Task<(int Exit, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await WorkbenchCli.InvokeAsync([.. args, "--prompts", _prompts.Root, "--out", _runs], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string RunId => Path.GetFileName(Directory.GetDirectories(_runs).Single());

    [Fact]
    public async Task Run_with_auto_approve_goes_through_the_loop_and_writes_every_file()
    {
        var (exit, output, error) = await InvokeAsync("run", "--dataset", _dataset, "--per-context", "1", "--parallelism", "4", "--seed", "7", "--auto-approve");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("compared", output);
        Assert.Contains("Verdict:", output);
        var folder = Path.Combine(_runs, RunId);
        foreach (var file in new[]
        {
            "run.json", "conversations.jsonl", "llm_rewrite_response.json", "candidate_tools_ranked.csv", "baseline_conversations.jsonl",
            "proposed_conversations.jsonl", "baseline_meta.csv", "proposed_meta.csv", "comparison.json", "report.html",
        })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        var run = RunJson.Deserialize(await File.ReadAllTextAsync(Path.Combine(folder, "run.json")));
        Assert.Equal(7, run.Parameters.Seed);
        Assert.Equal(0.7f, run.Parameters.Temperature);
        Assert.Equal("dataset.jsonl", run.Parameters.Dataset);
        Assert.Equal("Offline", run.Model.Provider);
        _prompts.Store.Reload();
        Assert.Equal(run.Prompts.Candidate, _prompts.Store.Resolve("customer-agent", PromptLabels.Candidate).Number);
    }

    [Fact]
    public async Task The_single_steps_propose_approve_regenerate_compare_and_decide_one_run()
    {
        var proposed = await InvokeAsync("propose", "--dataset", _dataset, "--per-context", "1");
        Assert.True(proposed.Exit == ExitCodes.Success, proposed.Error);
        Assert.Contains("awaiting approval", proposed.Output);
        Assert.Contains("Rationale:", proposed.Output);

        var edited = Path.Combine(_runs, "edited.json");
        var response = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_runs, RunId, "llm_rewrite_response.json")))!;
        response["prompt_changes"]!["policy"] = new JsonObject { ["max_turns"] = 5 };
        await File.WriteAllTextAsync(edited, response.ToJsonString());
        var approved = await InvokeAsync("approve", "--run", RunId, "--changes", edited, "--by", "ana@agentsupport");
        Assert.True(approved.Exit == ExitCodes.Success, approved.Error);
        _prompts.Store.Reload();
        Assert.Equal(5, _prompts.Store.Resolve("customer-agent", PromptLabels.Candidate).Policy.MaxTurns);

        var regenerated = await InvokeAsync("regenerate", "--run", RunId);
        Assert.True(regenerated.Exit == ExitCodes.Success, regenerated.Error);
        Assert.Contains("regenerated", regenerated.Output);
        var judged = await InvokeAsync("judge", "--run", RunId);
        Assert.True(judged.Exit == ExitCodes.Success, judged.Error);
        var compared = await InvokeAsync("compare", "--run", RunId);
        Assert.True(compared.Exit == ExitCodes.Success, compared.Error);
        Assert.Contains("Verdict:", compared.Output);

        var verdict = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_runs, RunId, "comparison.json")))!["verdict"]!.GetValue<string>();
        var promoted = await InvokeAsync("promote", "--run", RunId, "--by", "ana@agentsupport");
        if (verdict == "better")
        {
            Assert.Equal(ExitCodes.Success, promoted.Exit);
        }
        else
        {
            Assert.Equal(ExitCodes.Failure, promoted.Exit);
            Assert.Contains("not promoted", promoted.Error);
            var rejected = await InvokeAsync("reject", "--run", RunId, "--by", "ana@agentsupport", "--reason", "no gain");
            Assert.True(rejected.Exit == ExitCodes.Success, rejected.Error);
            Assert.Contains("rejected", rejected.Output);
        }
    }

    [Fact]
    public async Task Bad_usage_is_an_input_error_with_a_clear_message()
    {
        var neither = await InvokeAsync("run");
        var missing = await InvokeAsync("run", "--dataset", Path.Combine(_runs, "nope.jsonl"));
        var unknown = await InvokeAsync("regenerate", "--run", "run-nope");
        var outOfRange = await InvokeAsync("run", "--dataset", _dataset, "--parallelism", "17");

        Assert.Equal(ExitCodes.InputError, neither.Exit);
        Assert.Contains("--dataset <file> or --resume <run id>", neither.Error);
        Assert.Equal(ExitCodes.InputError, missing.Exit);
        Assert.Contains("nope.jsonl", missing.Error);
        Assert.Equal(ExitCodes.InputError, unknown.Exit);
        Assert.Contains("There is no run run-nope", unknown.Error);
        Assert.Equal(ExitCodes.InputError, outOfRange.Exit);
        Assert.Contains("[1, 16]", outOfRange.Error);
    }

    [Fact]
    public async Task A_run_that_stopped_for_approval_is_resumed_to_the_end()
    {
        var stopped = await InvokeAsync("run", "--dataset", _dataset, "--per-context", "1");
        Assert.Contains("awaiting approval", stopped.Output);

        var resumed = await InvokeAsync("run", "--resume", RunId, "--auto-approve");

        Assert.True(resumed.Exit == ExitCodes.Success, resumed.Error);
        Assert.Contains("compared", resumed.Output);
    }
}
