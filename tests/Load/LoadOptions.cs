namespace AgentSupport.Load;

/// <summary>What one load run does.</summary>
/// <param name="Postgres">A PostgreSQL connection string whose role may create databases; the run creates a fresh one and drops it.</param>
/// <param name="Customers">Simulated customers, all talking at once.</param>
/// <param name="Turns">Messages each customer sends, one after the other's answer.</param>
/// <param name="Faults">Whether the agent talks to the fake model (latency and faults) instead of the Offline engine.</param>
/// <param name="Latency">The fake model's wait before every answer.</param>
/// <param name="FaultRate">Share of the fake model's calls that fail (429, 500, stall, cut stream).</param>
/// <param name="Seed">Places the faults.</param>
/// <param name="StreamIdleTimeout">The app's <c>Model:StreamIdleTimeout</c>: how long a stalled stream holds a turn.</param>
/// <param name="KeepDatabase">Leave the database behind for inspection.</param>
/// <param name="Warmup">
/// Customers who hold a whole conversation first, unmeasured, in rounds until the JIT has settled
/// (<see cref="WarmupResult.JitSettled"/>), so the figures are of a warmed app (JIT, pools, caches) as in production.
/// </param>
/// <param name="ThinkTime">
/// A customer's mean pause between reading an answer and sending the next message (each pause is drawn from half to
/// one and a half times it, seeded); zero sends at once, so 50 customers then load the app like many more real ones.
/// </param>
/// <param name="Spans">
/// Record the measured turns' spans and report where the app's time goes in each kind of turn (<see cref="TurnSpans"/>);
/// in fault mode, since only the fake model's figures tell the kinds apart.
/// </param>
/// <param name="Workers">Instead of customers, one Workbench run per count with that many worker processes (<see cref="WorkersBenchmark"/>).</param>
public sealed record LoadOptions(
    string Postgres,
    int Customers = 50,
    int Turns = 20,
    bool Faults = false,
    TimeSpan? Latency = null,
    double FaultRate = 0.1,
    int Seed = 42,
    TimeSpan? StreamIdleTimeout = null,
    bool KeepDatabase = false,
    int Warmup = 5,
    TimeSpan ThinkTime = default,
    bool Spans = false,
    IReadOnlyList<int>? Workers = null)
{
    /// <summary>Whether the app talks to the fake model: in fault mode, and for the workers benchmark (without faults).</summary>
    public bool UsesFakeModel => Faults || Workers is not null;

    public TimeSpan ModelLatency => Latency ?? TimeSpan.FromMilliseconds(200);

    public TimeSpan IdleTimeout => StreamIdleTimeout ?? TimeSpan.FromSeconds(2);

    /// <summary>At most this many warm-up rounds, settled or not.</summary>
    public const int MaxWarmupRounds = 30;

    /// <summary>Sign-ups and logins come from one address, so the per-address limit must allow every customer's two.</summary>
    public int LoginPermitsPerMinute => Math.Max(20, (Customers + Warmup * MaxWarmupRounds) * 2 + 10);
}
