using System.CommandLine;

namespace AgentSupport.Workbench.Analysis.CommandLine;

/// <summary>How the Workbench and the analysis executable run a command line, so both treat bad usage alike.</summary>
public static class CommandLineRunner
{
    /// <summary>
    /// Parses and runs <paramref name="args"/> writing to the given streams (tests pass string writers).
    /// Usage errors exit with <see cref="ExitCodes.InputError"/>, like every other input error.
    /// </summary>
    public static async Task<int> InvokeAsync(Command command, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parseResult = command.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync("Run with --help for usage.");
            return ExitCodes.InputError;
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
