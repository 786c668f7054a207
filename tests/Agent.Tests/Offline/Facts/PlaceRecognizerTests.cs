using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class PlaceRecognizerTests
{
    [Theory]
    [InlineData("en Santa Fe por favor", "Santa Fe")]
    [InlineData("the hub in Monterrey", "Monterrey")]
    [InlineData("mejor en Insurgentes", "Insurgentes")]
    [InlineData("en la tarde", null)]
    public void Reads_a_capitalised_place_after_its_preposition(string text, string? place) =>
        Assert.Equal(place, new PlaceRecognizer().Read(text).PlaceText);
}
