namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>What <see cref="ModelCallMeter"/> saw on the client side.</summary>
/// <param name="Calls">Logical model calls finished (each counted once however many attempts it took).</param>
/// <param name="Attempts">HTTP attempts sent, retries included.</param>
/// <param name="RetriedCalls">Logical calls that needed more than one attempt.</param>
/// <param name="RetryWait">Time retried calls waited between a failed attempt and the next, summed over calls.</param>
public sealed record ModelCallCounts(long Calls, long Attempts, long RetriedCalls, TimeSpan RetryWait)
{
    /// <summary>The calls made after <paramref name="before"/> was taken.</summary>
    public ModelCallCounts Since(ModelCallCounts before) =>
        new(Calls - before.Calls, Attempts - before.Attempts, RetriedCalls - before.RetriedCalls, RetryWait - before.RetryWait);
}
