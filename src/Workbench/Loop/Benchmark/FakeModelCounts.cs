namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>What <see cref="FakeModelServer"/> received: every call, and how it answered each.</summary>
/// <param name="Calls">Calls received, faulted ones included.</param>
/// <param name="Served">Calls answered with a completion.</param>
/// <param name="Throttled">Calls answered 429.</param>
/// <param name="ServerErrors">Calls answered 500.</param>
/// <param name="Stalled">Streams that stopped sending until the client gave up.</param>
/// <param name="Cut">Streams whose connection was dropped before the reply was complete.</param>
public sealed record FakeModelCounts(long Calls, long Served, long Throttled, long ServerErrors, long Stalled = 0, long Cut = 0)
{
    public long Faults => Throttled + ServerErrors + Stalled + Cut;

    /// <summary>The calls made after <paramref name="before"/> was taken.</summary>
    public FakeModelCounts Since(FakeModelCounts before) =>
        new(Calls - before.Calls, Served - before.Served, Throttled - before.Throttled, ServerErrors - before.ServerErrors,
            Stalled - before.Stalled, Cut - before.Cut);
}
