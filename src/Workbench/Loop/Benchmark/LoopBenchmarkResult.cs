namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>
/// What a <see cref="LoopBenchmark"/> run measured (the warm-up left out). The ideal wall time is the model's busy
/// time spread over the parallel slots: every request (faulted ones too) costs one latency, every retry its wait,
/// and nothing else.
/// </summary>
public sealed record LoopBenchmarkResult
{
    public required LoopBenchmarkOptions Options { get; init; }

    /// <summary>Conversations the run set out to hold.</summary>
    public required int Planned { get; init; }

    /// <summary>Conversations held to the end (possibly unscored by the judge).</summary>
    public required int Done { get; init; }

    /// <summary>Conversations that failed after every retry or never came back.</summary>
    public int Lost => Planned - Done;

    /// <summary>Held conversations the judge gave no score.</summary>
    public required int Unscored { get; init; }

    /// <summary>Whole-conversation re-runs by the regenerator (after the model client's own retries gave up).</summary>
    public required int ConversationReruns { get; init; }

    /// <summary>What the fake model received and how it answered.</summary>
    public required FakeModelCounts Server { get; init; }

    /// <summary>The model calls as the client saw them.</summary>
    public required ModelCallCounts Client { get; init; }

    public required TimeSpan Measured { get; init; }

    /// <summary>(requests × latency + retry waits) / parallelism.</summary>
    public TimeSpan Ideal => (Server.Calls * Options.Latency + Client.RetryWait) / Options.Parallelism;

    /// <summary>Measured over ideal; 1 is perfect.</summary>
    public double Ratio => Ideal > TimeSpan.Zero ? Measured / Ideal : double.NaN;
}
