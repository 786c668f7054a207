namespace AgentSupport.Workbench.Loop.Proposals;

public sealed record ProposerOptions
{
    /// <summary>Model calls before giving up: the first one plus retries that show the model its errors.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Room for a whole template body in system_patch.</summary>
    public int MaxOutputTokens { get; init; } = 12_000;

    /// <summary>
    /// Limit for one proposer call. A long proposal from a reasoning model takes minutes; the call is streamed, so
    /// the model connection's attempt and call timeouts do not cut it (and bill it again), and this one ends it.
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Language the proposal's texts are written in ("es" or "en").</summary>
    public string Language { get; init; } = "es";
}
