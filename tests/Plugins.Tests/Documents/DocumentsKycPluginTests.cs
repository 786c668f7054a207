using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Documents;

public sealed class DocumentsKycPluginTests
{
    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    private DocumentsKycPlugin Ana => Scenario.Plugin<DocumentsKycPlugin>(_sandbox, Scenario.Ana);

    [Fact]
    public async Task Lists_what_each_deal_still_needs()
    {
        var checklist = (await Ana.ListMissingDocumentsAsync()).AssertOk();

        var sale = checklist.Deals.Single(d => d.Kind == DealKind.Sale);
        Assert.False(sale.Complete);
        Assert.Equal([DocumentKind.TenenciaReceipts, DocumentKind.BankStatement], sale.Missing.Select(m => m.Kind));
        Assert.Contains("CLABE", sale.Missing[1].WhatToBring);
        Assert.Equal(4, sale.Received.Count);
        var purchase = checklist.Deals.Single(d => d.Kind == DealKind.Purchase);
        Assert.True(purchase.Complete);
    }

    [Fact]
    public void Financed_purchases_also_need_proof_of_income()
    {
        var cash = new Deal("D1", DealKind.Purchase, "ABC123D", Financed: false, []);

        Assert.DoesNotContain(DocumentKind.ProofOfIncome, DocumentRequirements.RequiredFor(cash));
        Assert.Contains(DocumentKind.ProofOfIncome, DocumentRequirements.RequiredFor(cash with { Financed = true }));
    }

    [Fact]
    public async Task Records_a_submitted_document_and_returns_what_is_left()
    {
        var recorded = (await Ana.RecordSubmittedDocumentAsync("pago de tenencias", "MZD-320-A")).AssertOk();

        Assert.Equal(DocumentKind.TenenciaReceipts, recorded.Kind);
        Assert.False(recorded.AlreadyReceived);
        Assert.Equal([DocumentKind.BankStatement], recorded.StillMissing.Select(m => m.Kind));
        var effect = Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.DocumentRecorded));
        Assert.Equal(("DL-4001", "tenencia_receipts"), (effect.Reference, effect.Detail));
    }

    [Fact]
    public async Task Recording_a_document_twice_changes_nothing()
    {
        var recorded = (await Ana.RecordSubmittedDocumentAsync("INE", "MZD-320-A")).AssertOk();

        Assert.True(recorded.AlreadyReceived);
        Assert.Empty(_sandbox.Snapshot().Effects);
    }

    [Fact]
    public async Task Unknown_kind_is_refused_with_the_accepted_kinds()
    {
        var error = (await Ana.RecordSubmittedDocumentAsync("acta de nacimiento", "MZD-320-A")).AssertError(ToolErrorCodes.InvalidArgument);

        Assert.Contains("official_id", error.Message);
    }

    [Fact]
    public async Task A_document_the_deal_does_not_need_is_refused() =>
        (await Ana.RecordSubmittedDocumentAsync("proof_of_income", "MZD-320-A")).AssertError(ToolErrorCodes.InvalidArgument);

    [Fact]
    public async Task Two_deals_and_no_plate_asks_which()
    {
        var error = (await Ana.RecordSubmittedDocumentAsync("factura")).AssertError(ToolErrorCodes.InvalidArgument);

        Assert.Contains("MZD-320-A", error.Message);
        Assert.Contains("COR-721-C", error.Message);
    }

    [Theory]
    [InlineData("copia del INE", DocumentKind.OfficialId)]
    [InlineData("Comprobante de domicilio", DocumentKind.ProofOfAddress)]
    [InlineData("constancia de situación fiscal", DocumentKind.TaxStatusCertificate)]
    [InlineData("tarjeta de circulación", DocumentKind.VehicleRegistration)]
    [InlineData("bank_statement", DocumentKind.BankStatement)]
    public void Understands_how_customers_name_documents(string text, DocumentKind kind)
    {
        Assert.True(DocumentRequirements.Vocabulary.TryResolve(text, out var resolved));
        Assert.Equal(kind, resolved);
    }
}
