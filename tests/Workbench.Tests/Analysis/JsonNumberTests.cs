using System.Globalization;
using System.Text;
using System.Text.Json;
using AgentSupport.Workbench.Analysis.Reading;

namespace AgentSupport.Workbench.Tests.Analysis;

/// <summary>
/// Numbers read from a scanned line (scores, durations) have the value the general parser gives them, to the last bit
/// (the sign of a zero included), whether they take the short-decimal path or not; and that of System.Text.Json.
/// </summary>
public sealed class JsonNumberTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("4.3")]
    [InlineData("0.1")]
    [InlineData("533")]
    [InlineData("999999999999999")]
    [InlineData("1000000000000000")]
    [InlineData("0.00000000000001")]
    [InlineData("9.99999999999999")]
    [InlineData("123456789.123456")]
    [InlineData("1e3")]
    [InlineData("-2.5E-3")]
    [InlineData("1.5e300")]
    public void Written_numbers_read_as_the_general_parser_reads_them(string number) => AssertReadsAsReference(number);

    [Fact]
    public void Random_decimals_of_every_length_and_scale_read_as_the_general_parser_reads_them()
    {
        var random = new Random(20261206);
        string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
        for (var i = 0; i < 20_000; i++)
        {
            var integer = random.Next(4) == 0 ? "0" : (char)('1' + random.Next(9)) + Digits(random.Next(12));
            var fraction = random.Next(3) == 0 ? "" : "." + Digits(random.Next(1, 12));
            AssertReadsAsReference((random.Next(4) == 0 ? "-" : "") + integer + fraction);
        }
    }

    private static void AssertReadsAsReference(string number)
    {
        var line = Encoding.UTF8.GetBytes($$$"""{"meta": {"duration_sec": {{{number}}}}}""");
        var scan = new ConversationScan();
        Assert.Null(JsonLineScanner.Scan(line, scan));
        using var document = JsonDocument.Parse(line);
        var expected = document.RootElement.GetProperty("meta").GetProperty("duration_sec").GetDouble();

        var read = scan.DurationSec.In(line).GetDouble();

        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(read));
        Assert.Equal(expected, read);
    }
}
