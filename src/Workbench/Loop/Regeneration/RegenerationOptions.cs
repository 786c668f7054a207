namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>How the scenario set is regenerated.</summary>
public sealed record RegenerationOptions
{
    /// <summary>Conversations held at once, 1 to 16.</summary>
    public int Parallelism { get; init; } = 6;

    /// <summary>
    /// Re-runs of a conversation that failed (1 to 8), after the model client's own retries of single calls gave up.
    /// Each waits exponentially longer, with jitter, or as long as the provider's Retry-After asks.
    /// </summary>
    public int Retries { get; init; } = 3;

    /// <summary>Wait before the first re-run; later ones double it.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Parallelism, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(Retries, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Retries, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero);
    }
}
