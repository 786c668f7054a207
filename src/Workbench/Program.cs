using AgentSupport.Workbench.Cli;

namespace AgentSupport.Workbench;

// An explicit class rather than top-level statements: with the ASP.NET Core framework referenced (the
// fake model server of bench-loop), top-level statements become a public Program that clashes with the web app's.
internal static class Program
{
    // Commands are listed in WorkbenchCli.CreateRootCommand; Ctrl+C cancels the running command.
    private static Task<int> Main(string[] args) => WorkbenchCli.InvokeAsync(args, Console.Out, Console.Error);
}
