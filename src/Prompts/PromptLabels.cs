namespace AgentSupport.Prompts;

/// <summary>Well-known label names. Any other label matching <see cref="PromptNames"/> rules is allowed too.</summary>
public static class PromptLabels
{
    public const string Production = "production";
    public const string Candidate = "candidate";
}
