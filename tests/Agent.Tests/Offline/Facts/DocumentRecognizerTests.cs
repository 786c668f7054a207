using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class DocumentRecognizerTests
{
    [Theory]
    [InlineData("Ya mandé mi estado de cuenta", true)]
    [InlineData("Quiero que quede registrado mi comprobante de domicilio", true)]
    [InlineData("Quiero registrar mi INE", true)]
    [InlineData("I want my proof of address recorded", true)]
    [InlineData("I sent my bank statement yesterday", true)]
    [InlineData("Ya la envie, es mi INE", true)]
    [InlineData("¿Qué documentos me faltan?", false)]
    [InlineData("Quiero que me mande la factura", false)]
    [InlineData("Which documents are missing?", false)]
    public void Tells_a_document_sent_or_to_record_from_a_question_about_documents(string text, bool submitted)
    {
        Assert.Equal(submitted, new DocumentRecognizer().Read(text).SubmittedDocument);
        Assert.Equal(submitted, DocumentRecognizer.SaysSubmitted(text));
    }

    [Theory]
    [InlineData("Quiero registrar mi INE", "official_id")]
    [InlineData("les mando el recibo de luz", "proof_of_address")]
    [InlineData("here are my payslips", "proof_of_income")]
    [InlineData("la tarjeta de circulacion", "vehicle_registration")]
    [InlineData("the car's invoice", "vehicle_invoice")]
    [InlineData("¿Qué documentos me faltan?", null)]
    public void Reads_the_document_kind(string text, string? kind)
    {
        Assert.Equal(kind, new DocumentRecognizer().Read(text).DocumentKind);
        Assert.Equal(kind, DocumentRecognizer.KindIn(text));
    }
}
