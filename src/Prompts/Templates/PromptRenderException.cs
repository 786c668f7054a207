namespace AgentSupport.Prompts.Templates;

/// <summary>A valid template failed while rendering with real values (for example a loop limit). Carries the file position.</summary>
public sealed class PromptRenderException(string file, int line, int column, string reason, Exception? inner = null)
    : Exception($"{file}({line},{column}): {reason}", inner)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// <summary>What went wrong, without the position.</summary>
    public string Reason { get; } = reason;
}
