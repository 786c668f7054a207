using System.Text.Json.Nodes;

namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>What <see cref="ProposalValidator"/> made of a reply: the proposal and its JSON, or every problem found.</summary>
public sealed record ProposalValidation(Proposal? Proposal, JsonObject? Response, IReadOnlyList<string> Errors)
{
    public bool IsValid => Proposal is not null && Errors.Count == 0;

    public static ProposalValidation Invalid(params string[] errors) => new(null, null, errors);
}
