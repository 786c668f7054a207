using System.CommandLine;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Workbench.Cli;

/// <summary><c>regenerate --run id</c> and <c>judge --run id</c>: the regeneration step of an approved run, and a re-scoring of its conversations.</summary>
internal static class RegenerateCommand
{
    public static Command Create()
    {
        var (run, prompts, output) = (LoopOptions.Run(), LoopOptions.Prompts(), LoopOptions.Out());
        var command = new Command("regenerate", "Regenerate and judge an approved run's scenarios with baseline and candidate (resumes where it stopped).") { run, prompts, output };
        command.SetAction((parse, cancellationToken) => LoopCommand.RunAsync(parse, "regenerate", parse.GetValue(prompts), parse.GetValue(output)!,
            (host, progress) => host.Loop.RegenerateAsync(parse.GetRequiredValue(run), LoopProgress.OfConversations(progress), cancellationToken), cancellationToken));
        return command;
    }

    public static Command CreateJudge()
    {
        var (run, prompts, output) = (LoopOptions.Run(), LoopOptions.Prompts(), LoopOptions.Out());
        var command = new Command("judge", "Score a regenerated run's conversations again with the judge prompt's production version.") { run, prompts, output };
        command.SetAction((parse, cancellationToken) => LoopCommand.RunAsync(parse, "judge", parse.GetValue(prompts), parse.GetValue(output)!,
            (host, progress) => host.Loop.JudgeAsync(parse.GetRequiredValue(run), LoopProgress.OfConversations(progress), cancellationToken), cancellationToken));
        return command;
    }
}
