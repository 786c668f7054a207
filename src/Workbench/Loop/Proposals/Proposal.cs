using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>
/// The proposer's five-part answer, as <c>llm_rewrite_response.json</c> holds it. Only a reply that passed
/// <see cref="ProposalValidator"/> becomes one, so every list and text is present.
/// </summary>
public sealed record Proposal(
    [property: JsonPropertyName("prompt_changes")] PromptChanges PromptChanges,
    [property: JsonPropertyName("code_changes")] IReadOnlyList<CodeChange> CodeChanges,
    [property: JsonPropertyName("tools")] IReadOnlyList<ProposedTool> Tools,
    [property: JsonPropertyName("evaluation_plan")] EvaluationPlan EvaluationPlan,
    [property: JsonPropertyName("risks")] IReadOnlyList<string> Risks);

/// <summary>
/// The prompt edit: <see cref="SystemPatch"/> replaces the agent template's body (empty keeps it), <see cref="UserPatch"/>
/// is appended to it (seed placeholders such as <c>{contexto}</c> allowed), and <see cref="Policy"/> changes front matter knobs.
/// </summary>
public sealed record PromptChanges(
    [property: JsonPropertyName("system_patch")] string SystemPatch,
    [property: JsonPropertyName("user_patch")] string UserPatch,
    [property: JsonPropertyName("rationale")] string Rationale)
{
    [JsonPropertyName("policy")]
    public PolicyChanges? Policy { get; init; }
}

/// <summary>Front matter knobs to change; a null field keeps the parent version's value.</summary>
public sealed record PolicyChanges
{
    [JsonPropertyName("enabled_tools")]
    public IReadOnlyList<string>? EnabledTools { get; init; }

    [JsonPropertyName("max_turns")]
    public int? MaxTurns { get; init; }

    [JsonPropertyName("escalate_after_failed_tools")]
    public int? EscalateAfterFailedTools { get; init; }

    [JsonPropertyName("default_tone")]
    public string? DefaultTone { get; init; }

    [JsonPropertyName("languages")]
    public IReadOnlyList<string>? Languages { get; init; }
}

public sealed record CodeChange(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("patch")] string Patch,
    [property: JsonPropertyName("impact")] string Impact,
    [property: JsonPropertyName("risk")] string Risk);

public sealed record ProposedTool(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("why")] string Why,
    [property: JsonPropertyName("api_sketch")] string ApiSketch,
    [property: JsonPropertyName("effort_1_3")] int Effort);

public sealed record EvaluationPlan(
    [property: JsonPropertyName("metrics")] IReadOnlyList<string> Metrics,
    [property: JsonPropertyName("offline_protocol")] string OfflineProtocol,
    [property: JsonPropertyName("online_protocol")] string OnlineProtocol,
    [property: JsonPropertyName("success_criteria")] string SuccessCriteria);
