using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Storage;

/// <summary>What a reload found: versions it recorded because they were valid but unrecorded, and every current problem.</summary>
public sealed record PromptReloadReport(IReadOnlyList<PromptVersion> Adopted, IReadOnlyList<PromptProblem> Problems);
