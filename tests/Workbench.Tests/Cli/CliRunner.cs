using AgentSupport.Workbench.Cli;

namespace AgentSupport.Workbench.Tests.Cli;

/// <summary>Runs the Workbench command line in-process with captured output.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await WorkbenchCli.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
