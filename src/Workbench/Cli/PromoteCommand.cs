using System.CommandLine;

namespace AgentSupport.Workbench.Cli;

/// <summary><c>promote --run id</c> and <c>reject --run id --reason r</c>: what becomes of a compared candidate.</summary>
internal static class PromoteCommand
{
    public static Command Create()
    {
        var force = new Option<bool>("--force") { Description = "Promote although the verdict is not 'better' (needs --reason)." };
        var acceptTradeOff = new Option<bool>("--accept-trade-off") { Description = "Promote a 'better, with a trade-off' candidate, accepting the metrics it gives up." };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit trail." };
        var (run, prompts, output, by) = (LoopOptions.Run(), LoopOptions.Prompts(), LoopOptions.Out(), LoopOptions.By());
        var command = new Command(
            "promote",
            "Move production to a compared run's candidate; refused unless the verdict is 'better', or 'better, with a trade-off' and --accept-trade-off, or --force --reason is given.")
        {
            run, by, force, acceptTradeOff, reason, prompts, output,
        };
        command.SetAction((parse, cancellationToken) => LoopCommand.RunAsync(parse, "promote", parse.GetValue(prompts), parse.GetValue(output)!,
            (host, _) => host.Loop.PromoteAsync(parse.GetRequiredValue(run), parse.GetValue(by)!, parse.GetValue(force), parse.GetValue(reason), parse.GetValue(acceptTradeOff), cancellationToken), cancellationToken));
        return command;
    }

    public static Command CreateReject()
    {
        var reason = new Option<string>("--reason") { Description = "Why the candidate is rejected.", Required = true };
        var (run, prompts, output, by) = (LoopOptions.Run(), LoopOptions.Prompts(), LoopOptions.Out(), LoopOptions.By());
        var command = new Command("reject", "Reject a run's candidate: its label is removed, the version stays.") { run, by, reason, prompts, output };
        command.SetAction((parse, cancellationToken) => LoopCommand.RunAsync(parse, "reject", parse.GetValue(prompts), parse.GetValue(output)!,
            (host, _) => host.Loop.RejectAsync(parse.GetRequiredValue(run), parse.GetValue(by)!, parse.GetRequiredValue(reason), cancellationToken), cancellationToken));
        return command;
    }
}
