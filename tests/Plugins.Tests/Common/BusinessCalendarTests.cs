using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Tests.Common;

public sealed class BusinessCalendarTests
{
    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-02-03")]
    [InlineData("2025-03-17")]
    [InlineData("2025-05-01")]
    [InlineData("2025-09-16")]
    [InlineData("2025-11-17")]
    [InlineData("2025-12-25")]
    [InlineData("2024-10-01")]
    public void Statutory_rest_days_are_holidays(string date) =>
        Assert.True(BusinessCalendar.IsHoliday(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2025-02-10")]
    [InlineData("2025-10-01")]
    [InlineData("2025-06-02")]
    public void Ordinary_days_are_not_holidays(string date) =>
        Assert.False(BusinessCalendar.IsHoliday(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2025-05-30", 2, "2025-06-03")]
    [InlineData("2025-06-07", 0, "2025-06-09")]
    [InlineData("2025-12-24", 1, "2025-12-26")]
    [InlineData("2025-09-15", 1, "2025-09-17")]
    public void Adds_business_days_skipping_weekends_and_holidays(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), BusinessCalendar.AddBusinessDays(DateOnly.Parse(start), days));
}
