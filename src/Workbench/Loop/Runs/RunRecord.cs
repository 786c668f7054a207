using System.Text.Json.Nodes;
using AgentSupport.Agent.Conversation;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>
/// Everything about a run except its conversations (stored apart, one line each, as they finish): parameters, model,
/// prompt versions, the dataset's analysis, the proposal and its approval, the scenarios, the comparison and the
/// decision. Enough to reopen a run, resume it, or export it again.
/// </summary>
public sealed record RunRecord
{
    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public required RunStatus Status { get; init; }

    /// <summary>Why the last step failed; cleared when a step succeeds.</summary>
    public string? Failure { get; init; }

    /// <summary>The status the failed step started from, so a resume knows what to redo.</summary>
    public RunStatus? FailedStep { get; init; }

    public required RunParameters Parameters { get; init; }

    public required RunModel Model { get; init; }

    public required RunPromptVersions Prompts { get; init; }

    /// <summary>The analysis of the dataset (its ranking is <c>candidate_tools_ranked.csv</c>).</summary>
    public required AnalysisResult DatasetAnalysis { get; init; }

    /// <summary>What the proposer is shown, kept so the proposal can be asked for again.</summary>
    public required ProposerInputs ProposerInputs { get; init; }

    public required IReadOnlyList<Scenario> Scenarios { get; init; }

    /// <summary>The proposer's validated reply (<c>llm_rewrite_response.json</c>).</summary>
    public JsonObject? ProposalResponse { get; init; }

    public IReadOnlyList<ProposalAttempt> ProposalAttempts { get; init; } = [];

    /// <summary>The prompt changes as approved, after any edits.</summary>
    public PromptChanges? ApprovedChanges { get; init; }

    public string? ApprovedBy { get; init; }

    public ComparisonResult? Comparison { get; init; }

    public RunDecision? Decision { get; init; }

    /// <summary>Tokens of the proposer calls; conversations carry their own.</summary>
    public TokenUsage? ProposerUsage { get; init; }
}
