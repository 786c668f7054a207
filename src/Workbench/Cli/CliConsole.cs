using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary>Spectre consoles over the command's output writer: colours and live widgets only on a real terminal.</summary>
internal static class CliConsole
{
    private const int RedirectedWidth = 120;

    /// <summary>Whether <paramref name="output"/> is the process's own stdout attached to a terminal.</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    public static IAnsiConsole For(TextWriter output)
    {
        var terminal = IsTerminal(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Redirected output has no width of its own; wide enough that the ranking table does not wrap.
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
