using AgentSupport.Prompts.Templates;
namespace AgentSupport.Prompts.Validation;

/// <summary>The outcome of validating a prompt file: the ready version, or the problems that keep it from being stored or served.</summary>
public sealed record PromptValidationResult(PromptVersion? Version, IReadOnlyList<PromptProblem> Problems)
{
    public bool IsValid => Version is not null && Problems.Count == 0;
}
