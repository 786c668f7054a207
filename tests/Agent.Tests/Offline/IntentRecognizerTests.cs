using AgentSupport.Agent.Offline.Understanding;

namespace AgentSupport.Agent.Tests.Offline;

public sealed class IntentRecognizerTests
{
    [Theory]
    [InlineData("Ya mandé mi estado de cuenta bancario para que me depositen el pago de la venta de mi auto; quiero que quede registrado.")]
    [InlineData("I want to record my tenencia payment receipts for the sale of my car.")]
    [InlineData("I sent my bank statement so they can transfer the payment for my car; I want it recorded.")]
    [InlineData("Quiero registrar mi INE para el trámite de mi auto; ya la envié.")]
    [InlineData("Ya envié mi comprobante de ingresos para el crédito.")]
    [InlineData("¿Qué documentos me faltan para la venta?")]
    public void A_document_that_was_sent_or_is_to_be_recorded_is_about_documents_whatever_else_it_mentions(string text) =>
        Assert.Equal(Intents.Documents, IntentRecognizer.Recognize(text));

    [Theory]
    [InlineData("¿Cuándo me depositan el pago de mi auto?", Intents.Payout)]
    [InlineData("When will I get the payment for my car?", Intents.Payout)]
    [InlineData("¿Qué tasa me dan para un crédito de auto?", Intents.Credit)]
    [InlineData("I want a new 24-hour offer for my Jetta.", Intents.Offer)]
    [InlineData("Mi oferta anterior venció; quiero una nueva cotización.", Intents.Offer)]
    [InlineData("Quiero vender mi auto y que me den una oferta en 24 horas.", Intents.Offer)]
    [InlineData("Quiero aceptar mi oferta por el ABC-123-D.", Intents.Offer)]
    [InlineData("Is my offer still valid?", Intents.Offer)]
    public void Payment_credit_and_offer_questions_keep_their_intent(string text, string intent) =>
        Assert.Equal(intent, IntentRecognizer.Recognize(text));
}
