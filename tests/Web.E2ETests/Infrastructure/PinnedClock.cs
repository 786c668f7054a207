using System.Diagnostics;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// A clock that starts at a chosen instant and then ticks with real time, so the app under test lives on a
/// known calendar day (whatever day the tests run) while timeouts, circuits and cookies still see time pass.
/// The machine's local zone is hidden behind one far from Mexico, so a page that used it would show the wrong hour.
/// </summary>
public sealed class PinnedClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private TimeSpan _jumped;

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + _jumped + _elapsed.Elapsed;

    public override TimeZoneInfo LocalTimeZone { get; } =
        TimeZoneInfo.CreateCustomTimeZone("Test/Far", TimeSpan.FromHours(9), "Far from Mexico", "Far from Mexico");

    /// <summary>Moves the calendar forward (to another day of the month, say).</summary>
    public void JumpTo(DateTimeOffset instant) => _jumped = instant.ToUniversalTime() - start.ToUniversalTime() - _elapsed.Elapsed;
}
