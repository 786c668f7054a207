using System.Text.Json.Serialization;
using AgentSupport.Workbench.Loop.Proposals;

namespace AgentSupport.Web.Workbench;

/// <summary>An admin's edit of the proposed prompt changes; a field left null keeps the proposal's.</summary>
public sealed record ProposalEdit(
    [property: JsonPropertyName("system_patch")] string? SystemPatch = null,
    [property: JsonPropertyName("user_patch")] string? UserPatch = null,
    [property: JsonPropertyName("rationale")] string? Rationale = null,
    [property: JsonPropertyName("policy")] PolicyChanges? Policy = null)
{
    public bool IsEmpty => SystemPatch is null && UserPatch is null && Rationale is null && Policy is null;

    public PromptChanges ApplyTo(PromptChanges proposed) =>
        new(SystemPatch ?? proposed.SystemPatch, UserPatch ?? proposed.UserPatch, Rationale ?? proposed.Rationale) { Policy = Policy ?? proposed.Policy };
}
