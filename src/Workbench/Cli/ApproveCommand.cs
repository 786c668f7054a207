using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Loop.Proposals;

namespace AgentSupport.Workbench.Cli;

/// <summary><c>approve --run id [--changes file]</c>: the proposal's prompt changes, or an edited file of them, become the candidate version.</summary>
internal static class ApproveCommand
{
    public static Command Create()
    {
        var changes = new Option<string?>("--changes")
        {
            Description = "Edited prompt changes: an llm_rewrite_response.json or just its prompt_changes object. Without it the proposal is approved as it came.",
        };
        var (run, prompts, output, by) = (LoopOptions.Run(), LoopOptions.Prompts(), LoopOptions.Out(), LoopOptions.By());
        var command = new Command("approve", "Approve a run's proposal (possibly edited): a new prompt version labelled candidate.") { run, changes, by, prompts, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            PromptChanges? edited = null;
            if (parse.GetValue(changes) is { } path)
            {
                try
                {
                    edited = Read(path);
                }
                catch (Exception ex) when (ex is IOException or JsonException or InvalidDataException)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"approve: cannot use {path}: {ex.Message}");
                    return ExitCodes.InputError;
                }
            }

            return await LoopCommand.RunAsync(parse, "approve", parse.GetValue(prompts), parse.GetValue(output)!,
                (host, _) => host.Loop.ApproveAsync(parse.GetRequiredValue(run), parse.GetValue(by)!, edited, cancellationToken), cancellationToken);
        });
        return command;
    }

    /// <summary>Reads prompt changes from a proposal file or a bare prompt_changes object.</summary>
    private static PromptChanges Read(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException("the file is not a JSON object");
        var changes = root["prompt_changes"] as JsonObject ?? root;
        var proposal = new JsonObject
        {
            ["prompt_changes"] = changes.DeepClone(),
            ["code_changes"] = new JsonArray(),
            ["tools"] = new JsonArray(),
            ["evaluation_plan"] = new JsonObject { ["metrics"] = new JsonArray(), ["offline_protocol"] = "", ["online_protocol"] = "", ["success_criteria"] = "" },
            ["risks"] = new JsonArray(),
        };
        var validation = new ProposalValidator(PluginCatalog.Names).Validate(proposal.ToJsonString());
        return validation.IsValid ? validation.Proposal!.PromptChanges : throw new InvalidDataException(string.Join(" ", validation.Errors));
    }
}
