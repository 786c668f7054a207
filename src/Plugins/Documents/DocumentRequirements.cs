using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Documents;

/// <summary>Which documents each kind of deal needs, what each one is, and what is still missing.</summary>
public static class DocumentRequirements
{
    internal static Vocabulary<DocumentKind> Vocabulary { get; } = new(new Dictionary<DocumentKind, string[]>
    {
        [DocumentKind.OfficialId] = ["ine", "ife", "credencial para votar", "credencial de elector", "identificacion", "identificacion oficial", "id", "pasaporte", "passport", "official id"],
        [DocumentKind.ProofOfAddress] = ["comprobante de domicilio", "proof of address", "recibo de luz", "recibo de agua", "domicilio"],
        [DocumentKind.VehicleInvoice] = ["factura", "factura original", "invoice", "title", "factura del auto"],
        [DocumentKind.TenenciaReceipts] = ["tenencia", "tenencias", "refrendo", "refrendos", "pago de tenencias"],
        [DocumentKind.VehicleRegistration] = ["tarjeta de circulacion", "registration", "vehicle registration", "circulation card"],
        [DocumentKind.BankStatement] = ["estado de cuenta", "estado de cuenta bancario", "clabe", "bank statement", "caratula bancaria"],
        [DocumentKind.TaxStatusCertificate] = ["constancia de situacion fiscal", "csf", "rfc", "cedula fiscal", "tax certificate"],
        [DocumentKind.ProofOfIncome] = ["comprobante de ingresos", "recibos de nomina", "nomina", "payslips", "proof of income"],
    });

    private static readonly DocumentKind[] Sale =
    [
        DocumentKind.OfficialId, DocumentKind.ProofOfAddress, DocumentKind.VehicleInvoice,
        DocumentKind.TenenciaReceipts, DocumentKind.VehicleRegistration, DocumentKind.BankStatement,
    ];

    private static readonly DocumentKind[] Purchase = [DocumentKind.OfficialId, DocumentKind.ProofOfAddress, DocumentKind.TaxStatusCertificate];

    public static IReadOnlyList<DocumentKind> RequiredFor(Deal deal) => deal.Kind switch
    {
        DealKind.Sale => Sale,
        DealKind.Purchase when deal.Financed => [.. Purchase, DocumentKind.ProofOfIncome],
        DealKind.Purchase => Purchase,
        _ => throw new ArgumentOutOfRangeException(nameof(deal), deal.Kind, null),
    };

    public static IReadOnlyList<DocumentKind> MissingFor(Deal deal) =>
        RequiredFor(deal).Where(kind => deal.Documents.All(d => d.Kind != kind)).ToList();

    /// <summary>What the customer must bring, in words the agent can pass on.</summary>
    public static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.OfficialId => "Current official photo ID: INE/IFE voter card or passport.",
        DocumentKind.ProofOfAddress => "Proof of address no older than 3 months (electricity, water, phone bill or bank statement).",
        DocumentKind.VehicleInvoice => "Original vehicle invoice (factura), endorsed to the buyer, with the previous invoices of the chain.",
        DocumentKind.TenenciaReceipts => "Proof of payment of tenencia/refrendo for the last 5 years.",
        DocumentKind.VehicleRegistration => "Current vehicle registration card (tarjeta de circulación).",
        DocumentKind.BankStatement => "Bank statement showing the seller's name and 18-digit CLABE, where the payout is sent.",
        DocumentKind.TaxStatusCertificate => "Constancia de Situación Fiscal from the SAT, to issue the invoice in the buyer's name.",
        DocumentKind.ProofOfIncome => "Last 3 payslips or 3 bank statements, for the financing.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static IReadOnlyList<RequiredDocument> Explain(IEnumerable<DocumentKind> kinds) =>
        kinds.Select(kind => new RequiredDocument(kind, Describe(kind))).ToList();
}

public sealed record RequiredDocument(DocumentKind Kind, string WhatToBring);
