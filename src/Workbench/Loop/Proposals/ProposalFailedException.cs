namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>The proposer gave no usable proposal within its attempts; <see cref="Attempts"/> holds every reply and its problems.</summary>
public sealed class ProposalFailedException(IReadOnlyList<ProposalAttempt> attempts)
    : Exception($"The proposer gave no valid proposal in {attempts.Count} attempt(s). Problems with the last reply: {string.Join(" ", attempts[^1].Errors)}")
{
    public IReadOnlyList<ProposalAttempt> Attempts { get; } = attempts;
}
