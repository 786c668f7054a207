using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;

namespace AgentSupport.Workbench.Loop.Candidates;

/// <summary>A composed candidate: the body and policy of the new version, or why it cannot be one.</summary>
public sealed record CandidateDraft(string Body, PromptPolicy Policy, IReadOnlyList<PromptProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public static CandidateDraft Invalid(IReadOnlyList<PromptProblem> problems) => new("", new PromptPolicy(), problems);
}
