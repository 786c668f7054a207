using AgentSupport.Prompts.Templates;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>The prompt versions a regeneration runs with: the two agent versions compared, and the simulator and judge shared by both.</summary>
public sealed record RegenerationPrompts(PromptVersion Baseline, PromptVersion Candidate, PromptVersion Simulator, PromptVersion Judge)
{
    public PromptVersion Agent(Arm arm) => arm == Arm.Baseline ? Baseline : Candidate;
}
