using System.Text.Json.Nodes;
using AgentSupport.Agent.Conversation;

namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>A validated proposal, the reply it came from (for <c>llm_rewrite_response.json</c>), the attempts it took and their tokens.</summary>
public sealed record ProposalOutcome(Proposal Proposal, JsonObject Response, IReadOnlyList<ProposalAttempt> Attempts, TokenUsage? Usage);
