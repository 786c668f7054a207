namespace AgentSupport.Prompts.Tests.Support;

/// <summary>A clock standing still in UTC, so created dates and history times are predictable.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
