using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Tests.Loop.Regeneration;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 1.5 ", 1.5)]
    [InlineData("0", 0)]
    [InlineData("Mon, 02 Jun 2025 15:00:30 GMT", 30)]
    [InlineData("Mon, 02 Jun 2025 14:59:00 GMT", 0)]
    [InlineData("86400", 120)]
    public void Seconds_and_http_dates_are_read_and_long_waits_capped(string header, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(header, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-3")]
    public void Anything_else_leaves_the_backoff_in_charge(string? header)
    {
        Assert.Null(RetryAfter.Parse(header, Now));
    }

    [Fact]
    public void An_exception_without_a_provider_response_asks_for_no_particular_wait()
    {
        Assert.Null(RetryAfter.From(new ConversationFailedException("x", new HttpRequestException("503")), Now));
    }
}
