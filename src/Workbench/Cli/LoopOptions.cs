using System.CommandLine;

namespace AgentSupport.Workbench.Cli;

/// <summary>Options every loop command shares; each command gets its own instances.</summary>
internal static class LoopOptions
{
    public const string DefaultRunsFolder = "workbench-runs";

    public static Option<string?> Prompts() => new("--prompts")
    {
        Description = "Prompts folder (default: ./prompts, or the one beside AgentSupport.sln). Runs create and label versions in it.",
    };

    public static Option<string> Out() => new("--out")
    {
        Description = "Folder of the runs; each run gets <out>/<run id>/ with run.json, conversations.jsonl and the exports.",
        DefaultValueFactory = _ => DefaultRunsFolder,
    };

    public static Option<string> Run() => new("--run")
    {
        Description = "Id of the run (its folder name under --out).",
        Required = true,
    };

    public static Option<string> By() => new("--by")
    {
        Description = "Who approves or decides, for the audit trail.",
        DefaultValueFactory = _ => Environment.UserName,
    };
}
