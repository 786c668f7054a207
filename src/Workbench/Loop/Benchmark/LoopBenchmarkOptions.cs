namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>The size and conditions of a <see cref="LoopBenchmark"/> run.</summary>
public sealed record LoopBenchmarkOptions
{
    /// <summary>The most conversations one run holds: every context's ten scenarios, with both arms.</summary>
    public const int MaxConversations = 120;

    /// <summary>Wait before every model answer.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of model calls answered 429 or 500.</summary>
    public double FaultRate { get; init; } = 0.10;

    /// <summary>Conversations held at once, 1 to 16.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>Conversations to hold, an even number (each scenario with baseline and candidate) up to <see cref="MaxConversations"/>.</summary>
    public int Conversations { get; init; } = MaxConversations;

    /// <summary>Draws the scenarios and places the faults.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Retries of one model call by the model client; a few, since 429 and 500 come back at random.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>First backoff of a retried model call that carries no Retry-After (the 500s).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Latency, TimeSpan.Zero);
        if (FaultRate is < 0 or > 0.5 || double.IsNaN(FaultRate))
        {
            throw new ArgumentOutOfRangeException(nameof(FaultRate), FaultRate, "The fault rate must be 0 to 0.5.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Parallelism, 16);
        if (Conversations is < 2 or > MaxConversations || Conversations % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Conversations), Conversations, $"Conversations must be an even number from 2 to {MaxConversations}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetries, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, 10);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero);
    }
}
