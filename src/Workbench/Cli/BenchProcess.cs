using System.ComponentModel;
using System.Diagnostics;

namespace AgentSupport.Workbench.Cli;

/// <summary>Runs the commands <c>bench</c> compares (a fresh Workbench CLI, the Python reader) and times them from start to exit.</summary>
internal static class BenchProcess
{
    public sealed record CommandLine(string FileName, IReadOnlyList<string> Arguments)
    {
        public string Display => string.Join(' ', new[] { FileName }.Concat(Arguments).Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
    }

    public sealed record Outcome(int ExitCode, double Seconds, string Output, string Error);

    /// <summary>
    /// This very build as a user runs it: its native launcher when there is one beside the assembly (a build or publish
    /// output), else <c>dotnet</c> with the assembly (e.g. when the assembly was copied into another program's folder).
    /// </summary>
    public static CommandLine WorkbenchCommand(IReadOnlyList<string> arguments)
    {
        var assembly = typeof(BenchProcess).Assembly.Location;
        var launcher = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        return File.Exists(launcher)
            ? new CommandLine(launcher, arguments)
            : new CommandLine("dotnet", [assembly, .. arguments]);
    }

    /// <summary>The file name of the ahead-of-time analysis executable (src/Analysis.Cli).</summary>
    public const string NativeAnalyzerName = "agentsupport-analyze";

    /// <summary>The analysis executable in the folder of this build, where README's commands publish it, or null.</summary>
    public static string? NativeAnalyzerBeside()
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(BenchProcess).Assembly.Location)!, NativeAnalyzerName + (OperatingSystem.IsWindows() ? ".exe" : ""));
        return File.Exists(path) ? path : null;
    }

    public static async Task<bool> CanStartAsync(string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return (await RunAsync(new CommandLine(fileName, ["--version"]), cancellationToken)).ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    public static async Task<Outcome> RunAsync(CommandLine command, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new Win32Exception($"{command.FileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return new Outcome(process.ExitCode, seconds, await output, await error);
    }
}
