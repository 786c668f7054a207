namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>What <see cref="FakeModelServer"/> did for the calls of one seed.</summary>
/// <param name="Time">Time spent answering them, latency and faults included.</param>
/// <param name="Calls">Calls received.</param>
/// <param name="Faults">Calls that failed on purpose.</param>
/// <param name="RetryWait">Time between a failed call's end and the same request's next arrival: the client's retry waits.</param>
public sealed record FakeModelSeedUsage(TimeSpan Time, long Calls, long Faults, TimeSpan RetryWait)
{
    /// <summary>What happened after <paramref name="before"/> was taken.</summary>
    public FakeModelSeedUsage Since(FakeModelSeedUsage before) =>
        new(Time - before.Time, Calls - before.Calls, Faults - before.Faults, RetryWait - before.RetryWait);
}
