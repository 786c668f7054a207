using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class AppointmentTypeRecognizerTests
{
    [Theory]
    [InlineData("quiero una prueba de manejo del jetta", "test_drive")]
    [InlineData("can i take it for a spin on saturday", "test_drive")]
    [InlineData("cuándo puedo recoger mi auto", "delivery")]
    [InlineData("I want to schedule the pick up", "delivery")]
    [InlineData("quiero ir a ver unos autos", "visit")]
    [InlineData("can i swing by tomorrow", "visit")]
    [InlineData("hola buenas tardes", null)]
    public void Reads_what_the_customer_wants_to_book(string text, string? type) =>
        Assert.Equal(type, new AppointmentTypeRecognizer().Read(text).AppointmentType);
}
