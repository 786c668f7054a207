using System.Globalization;
using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class DateRecognizerTests
{
    [Theory]
    [InlineData("el 30 de octubre", "2025-10-30")]
    [InlineData("mañana", "2025-10-29")]
    [InlineData("en la mañana", null)]
    [InlineData("pasado mañana", "2025-10-30")]
    [InlineData("hoy mismo", "2025-10-28")]
    [InlineData("el martes", "2025-11-04")]
    [InlineData("el jueves", "2025-10-30")]
    [InlineData("el 2/11", "2025-11-02")]
    [InlineData("no el lunes, mejor el miércoles 5 de noviembre", "2025-11-05")]
    [InlineData("2025-12-01", "2025-12-01")]
    [InlineData("el 3 de enero", "2026-01-03")]
    [InlineData("el 31 de febrero", null)]
    public void Reads_spanish_dates_from_the_conversations_day(string text, string? date) =>
        Assert.Equal(Day(date), new DateRecognizer().Read(text).Date);

    [Theory]
    [InlineData("on November 3rd", "2025-11-03")]
    [InlineData("the 3rd of November", "2025-11-03")]
    [InlineData("next Friday", "2025-10-31")]
    [InlineData("11/2", "2025-11-02")]
    [InlineData("the day after tomorrow", "2025-10-30")]
    public void Reads_english_dates_month_first(string text, string date) =>
        Assert.Equal(Day(date), new DateRecognizer().Read(text, "en").Date);

    private static DateOnly? Day(string? date) => date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture);
}
