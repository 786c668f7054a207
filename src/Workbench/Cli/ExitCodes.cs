namespace AgentSupport.Workbench.Cli;

/// <summary>Process exit codes shared by every Workbench command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Unexpected failure (an unhandled exception, reported by System.CommandLine).</summary>
    public const int Failure = 1;

    /// <summary>Bad usage or unusable input: unknown option value, missing or unreadable file, no valid line.</summary>
    public const int InputError = 2;
}
