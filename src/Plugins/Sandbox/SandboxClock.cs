namespace AgentSupport.Plugins.Sandbox;

/// <summary>
/// The sandbox's clock: frozen at the scenario's "now" so every conversation of an evaluation sees the
/// same time, and moved only by <see cref="Advance"/> (e.g. to let an offer expire). Timers and
/// timestamps keep the system's behaviour; plugins only read <see cref="GetUtcNow"/>.
/// </summary>
public sealed class SandboxClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _utcTicks, by.Ticks);
    }
}
