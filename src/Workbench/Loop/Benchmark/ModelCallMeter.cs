using System.Diagnostics;

namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>
/// Counts model calls on the client side, around the model client's retry handler: <see cref="Outer"/> wraps each
/// logical call (retries and their waits included), <see cref="Inner"/> each HTTP attempt. The time a call spent
/// outside its attempts is the retry delay it actually waited.
/// </summary>
public sealed class ModelCallMeter
{
    private static readonly AsyncLocal<CallTimes?> Current = new();

    private long _calls;
    private long _attempts;
    private long _retriedCalls;
    private long _waitTicks;

    /// <summary>The calls measured so far.</summary>
    public ModelCallCounts Counts => new(
        Interlocked.Read(ref _calls), Interlocked.Read(ref _attempts), Interlocked.Read(ref _retriedCalls), TimeSpan.FromTicks(Interlocked.Read(ref _waitTicks)));

    /// <summary>The handler to place before (outside) the retry handler.</summary>
    public DelegatingHandler Outer() => new OuterHandler(this);

    /// <summary>The handler to place after (inside) the retry handler.</summary>
    public DelegatingHandler Inner() => new InnerHandler(this);

    private sealed class CallTimes
    {
        public int Attempts;
        public long AttemptTicks;
    }

    private sealed class OuterHandler(ModelCallMeter meter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var times = new CallTimes();
            Current.Value = times;
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                var wait = Stopwatch.GetElapsedTime(started).Ticks - Interlocked.Read(ref times.AttemptTicks);
                Interlocked.Increment(ref meter._calls);
                if (Volatile.Read(ref times.Attempts) > 1)
                {
                    Interlocked.Increment(ref meter._retriedCalls);
                    Interlocked.Add(ref meter._waitTicks, Math.Max(0, wait));
                }
            }
        }
    }

    private sealed class InnerHandler(ModelCallMeter meter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Set by the outer handler of the same call: the retry handler runs its attempts in the call's async flow.
            var times = Current.Value ?? throw new InvalidOperationException("The inner call meter runs without its outer handler.");
            Interlocked.Increment(ref times.Attempts);
            Interlocked.Increment(ref meter._attempts);
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Add(ref times.AttemptTicks, Stopwatch.GetElapsedTime(started).Ticks);
            }
        }
    }
}
