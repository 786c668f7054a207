using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class ComponentRecognizerTests
{
    [Theory]
    [InlineData("la caja de cambios truena", "transmission")]
    [InlineData("se descompuso la transmision de mi seltos", "transmission")]
    [InlineData("tengo una falla eléctrica", "electrical")]
    [InlineData("the A/C stopped cooling", "air_conditioning")]
    [InlineData("el motor hace ruido", "engine")]
    [InlineData("my brakes squeak", "brakes")]
    [InlineData("cuándo me pagan", null)]
    public void Reads_the_failing_part(string text, string? component)
    {
        Assert.Equal(component, new ComponentRecognizer().Read(text).Component);
        Assert.Equal(component, ComponentRecognizer.In(text));
    }
}
