using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Tests.Common;

public sealed class MexicoTimeTests
{
    [Theory]
    [InlineData("2025-06-10T10:00", "2025-06-10T10:00:00-06:00")]
    [InlineData("2025-06-10 10:00:00", "2025-06-10T10:00:00-06:00")]
    [InlineData("2025-06-10T16:00Z", "2025-06-10T10:00:00-06:00")]
    [InlineData("2025-06-10T11:00-05:00", "2025-06-10T10:00:00-06:00")]
    [InlineData(" 2025-06-10T10:00 ", "2025-06-10T10:00:00-06:00")]
    public void Reads_iso_times_as_hub_local_unless_an_offset_is_given(string text, string expected)
    {
        Assert.True(MexicoTime.TryParseDateTime(text, out var value));
        Assert.Equal(expected, MexicoTime.Iso(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-06-10")]
    [InlineData("10/06/2025 10:00")]
    [InlineData("2025-02-30T10:00")]
    [InlineData("mañana a las 10")]
    public void Rejects_anything_else(string? text) =>
        Assert.False(MexicoTime.TryParseDateTime(text, out _));

    [Fact]
    public void Today_is_the_hub_date_not_the_utc_date()
    {
        var lateEvening = new FixedTime(new DateTimeOffset(2025, 6, 3, 3, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 6, 2), MexicoTime.Today(lateEvening));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
