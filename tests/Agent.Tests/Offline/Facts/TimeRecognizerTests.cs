using System.Globalization;
using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class TimeRecognizerTests
{
    [Theory]
    [InlineData("a las 10", "10:00")]
    [InlineData("a las 4", "16:00")]
    [InlineData("16:30", "16:30")]
    [InlineData("at 9 am", "09:00")]
    [InlineData("at 3pm", "15:00")]
    [InlineData("12:30 am", "00:30")]
    [InlineData("friday at noon", "12:00")]
    [InlineData("10 is good", "10:00")]
    [InlineData("a las 9 porfa", "09:00")]
    [InlineData("no a las 10, mejor a las 12", "12:00")]
    public void Reads_the_last_clock_time(string text, string time) =>
        Assert.Equal(TimeOnly.Parse(time, CultureInfo.InvariantCulture), new TimeRecognizer().Read(text).Time);

    [Theory]
    [InlineData("el jueves")]
    [InlineData("tengo 2 autos")]
    public void A_number_that_is_no_hour_is_no_time(string text) => Assert.Null(new TimeRecognizer().Read(text).Time);
}
