using AgentSupport.Web.Ui.Chat;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class ChatTopicTests
{
    [Theory]
    [InlineData("¿Cuándo llega el pago de mi Versa?", "service")]
    [InlineData("When will I get my payout?", "service")]
    [InlineData("Quiero simular un crédito para comprar un auto.", "credit")]
    [InlineData("Mi garantía cubre una falla eléctrica?", "warranty")]
    [InlineData("Quiero una oferta de 24 horas por mi auto.", "selling")]
    [InlineData("Hola", ChatTopic.General)]
    public void The_topic_is_read_from_the_first_message(string message, string context)
    {
        Assert.Equal(context, ChatTopic.Infer(message));
    }
}
