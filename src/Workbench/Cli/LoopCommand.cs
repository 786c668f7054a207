using System.CommandLine;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Validation;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// Runs one loop step for a command: builds the host, shows progress, writes the run's files, shows where the run
/// stands, and turns the loop's expected failures into clear messages and exit codes.
/// </summary>
internal static class LoopCommand
{
    public static async Task<int> RunAsync(
        ParseResult parse, string name, string? prompts, string runsFolder, Func<LoopHost, IProgress<LoopProgress>, Task<RunRecord>> step, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var console = CliConsole.For(output);
        LoopHost host;
        try
        {
            host = LoopHost.Create(prompts, runsFolder);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidOperationException or IOException)
        {
            await error.WriteLineAsync($"{name}: {ex.Message}");
            return ExitCodes.InputError;
        }

        await using (host)
        {
            RunRecord run;
            try
            {
                run = await LoopView.WithProgressAsync(console, CliConsole.IsTerminal(output), progress => step(host, progress));
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidDataException or ArgumentException or PromptNotFoundException)
            {
                await error.WriteLineAsync($"{name}: {ex.Message}");
                return ExitCodes.InputError;
            }
            catch (ProposalFailedException ex)
            {
                await error.WriteLineAsync($"{name}: {ex.Message}");
                foreach (var attempt in ex.Attempts)
                {
                    await error.WriteLineAsync($"  attempt {attempt.Number}: {string.Join(" | ", attempt.Errors)}");
                }

                return ExitCodes.Failure;
            }
            catch (Exception ex) when (ex is PromptValidationException or PromotionRefusedException or LabelConflictException or InvalidOperationException)
            {
                await error.WriteLineAsync($"{name}: {ex.Message}");
                return ExitCodes.Failure;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync($"{name}: cancelled; finished conversations are kept. Continue with: run --resume <run id> --out {runsFolder}");
                return ExitCodes.Failure;
            }
            catch (RunFailedException ex)
            {
                await error.WriteLineAsync($"{name}: {ex.Message}. The run is marked failed; continue it with: run --resume {ex.RunId} --out {runsFolder}");
                return ExitCodes.Failure;
            }
            catch (Exception ex)
            {
                // Whatever else a step throws (a model that stays down, a timeout), the command ends with a message, never a stack trace.
                await error.WriteLineAsync($"{name}: failed: {ex.GetType().Name}: {ex.Message}");
                return ExitCodes.Failure;
            }

            var folder = host.Runs.FolderOf(run.Id);
            await host.Loop.ExportAsync(run.Id, folder, CancellationToken.None);
            LoopView.Render(console, run, folder);
            return ExitCodes.Success;
        }
    }
}
