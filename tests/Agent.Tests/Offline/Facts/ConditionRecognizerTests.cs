using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class ConditionRecognizerTests
{
    [Theory]
    [InlineData("Good morning, it is in good condition", "good")]
    [InlineData("Good morning, I want to sell my car", null)]
    [InlineData("Bueno, está en excelente estado", "excellent")]
    [InlineData("está en mal estado", "poor")]
    [InlineData("buenas condiciones", "good")]
    [InlineData("buenas tardes, quiero vender mi carro", null)]
    [InlineData("its in great shape", "excellent")]
    [InlineData("mas o menos, tiene detalles", "fair")]
    public void Reads_the_cars_condition_but_not_greetings(string text, string? condition) =>
        Assert.Equal(condition, new ConditionRecognizer().Read(text, "en").Condition);
}
