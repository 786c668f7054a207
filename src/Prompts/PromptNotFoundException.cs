namespace AgentSupport.Prompts;

/// <summary>A prompt, version or label that does not exist or is not served. The HTTP API maps it to 404.</summary>
public sealed class PromptNotFoundException(string promptId, string message) : KeyNotFoundException(message)
{
    public string PromptId { get; } = promptId;
}
