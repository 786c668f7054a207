using System.CommandLine;
using AgentSupport.Workbench.Analysis.CommandLine;

namespace AgentSupport.Workbench.Cli;

/// <summary>The Workbench command line: the table of commands and how a command line is run.</summary>
public static class WorkbenchCli
{
    /// <summary>Every command of the Workbench, one line each.</summary>
    public static RootCommand CreateRootCommand() => new("AgentSupport Workbench: analyse conversation sets and measure prompt changes.")
    {
        AnalyzeCommand.Create(),
        DiscoverCommand.Create(),
        BenchCommand.Create(),
        BenchLoopCommand.Create(),
        CompareCommand.Create(),
        EvalTasksCommand.Create(),
        RunCommand.Create(),
        RunCommand.CreatePropose(),
        ApproveCommand.Create(),
        RegenerateCommand.Create(),
        RegenerateCommand.CreateJudge(),
        PromoteCommand.Create(),
        PromoteCommand.CreateReject(),
        PromptsCommand.Create(),
    };

    /// <summary>
    /// Parses and runs <paramref name="args"/> writing to the given streams (tests pass string writers).
    /// Usage errors exit with <see cref="ExitCodes.InputError"/>, like every other input error.
    /// </summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CommandLineRunner.InvokeAsync(CreateRootCommand(), args, output, error, cancellationToken);
}
