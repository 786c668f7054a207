using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class EarliestSlotRecognizerTests
{
    [Theory]
    [InlineData("el primer horario libre que tengas", true)]
    [InlineData("lo antes posible porfa", true)]
    [InlineData("cualquiera está bien", true)]
    [InlineData("earliest slot is fine", true)]
    [InlineData("the first open slot", true)]
    [InlineData("el jueves a las 10", false)]
    [InlineData("friday at noon", false)]
    public void Tells_the_customer_takes_the_first_free_slot(string text, bool earliest) =>
        Assert.Equal(earliest, new EarliestSlotRecognizer().Read(text).WantsEarliest);
}
