using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class PlateRecognizerTests
{
    [Theory]
    [InlineData("mi auto es ABC-123-D", "ABC-123-D")]
    [InlineData("placas abc123d por favor", "ABC123D")]
    [InlineData("el JTA-5180", "JTA-5180")]
    [InlineData("con 2019 y 80 mil km", null)]
    [InlineData("la oferta OF-1001", null)]
    public void Reads_plates_as_typed(string text, string? plate) => Assert.Equal(plate, new PlateRecognizer().Read(text).Plate);

    [Fact]
    public void Lists_every_plate_once_in_order() =>
        Assert.Equal(["MLR-527-C", "VRS-204-A"], PlateRecognizer.Plates("You have more than one: MLR-527-C, VRS-204-A. Which one? (mlr-527-c)"));

    [Fact]
    public void A_message_without_a_plate_keeps_the_earlier_one()
    {
        var earlier = new ConversationFacts { Plate = "ABC-123-D" };

        Assert.Equal("ABC-123-D", new PlateRecognizer().Read("y cuándo me pagan?", earlier, new FactContext(Recognize.Tuesday, "es")).Plate);
    }
}
