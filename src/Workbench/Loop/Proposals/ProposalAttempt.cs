namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>One model reply and what was wrong with it (nothing, for the accepted one).</summary>
public sealed record ProposalAttempt(int Number, string Reply, IReadOnlyList<string> Errors);
