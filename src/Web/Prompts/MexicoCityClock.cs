using AgentSupport.Plugins.Common;

namespace AgentSupport.Web.Prompts;

/// <summary>
/// The app's clock with Mexico City as its local zone: the prompt store dates a new version by its local day, and every
/// date the console shows is Mexico City's, so a version created late in the evening there is dated that evening's day
/// whatever the server's zone.
/// </summary>
public sealed class MexicoCityClock(TimeProvider inner) : TimeProvider
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.CreateCustomTimeZone("Mexico City", MexicoTime.Offset, "Mexico City (UTC-6)", "Mexico City (UTC-6)");

    public override TimeZoneInfo LocalTimeZone => Zone;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
