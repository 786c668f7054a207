namespace AgentSupport.Workbench.Analysis.CommandLine;

/// <summary>Process exit codes shared by every Workbench command and the analysis executable.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command failed: the model or a run step failed, or a refusal (the message says which).</summary>
    public const int Failure = 1;

    /// <summary>Bad usage or unusable input: unknown option value, missing or unreadable file, no valid line.</summary>
    public const int InputError = 2;
}
