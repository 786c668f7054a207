using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins.Documents;

namespace AgentSupport.Agent.Offline.Agent;

/// <summary>Document kinds as a customer calls them.</summary>
internal static class DocumentNames
{
    public static string Name(DocumentKind kind, string language) => (kind, ConversationLanguage.IsEnglish(language)) switch
    {
        (DocumentKind.OfficialId, false) => "identificación oficial (INE)",
        (DocumentKind.OfficialId, true) => "official ID (INE)",
        (DocumentKind.ProofOfAddress, false) => "comprobante de domicilio",
        (DocumentKind.ProofOfAddress, true) => "proof of address",
        (DocumentKind.VehicleInvoice, false) => "factura del auto",
        (DocumentKind.VehicleInvoice, true) => "the car's invoice",
        (DocumentKind.TenenciaReceipts, false) => "comprobante de pago de tenencias",
        (DocumentKind.TenenciaReceipts, true) => "tenencia receipts",
        (DocumentKind.VehicleRegistration, false) => "tarjeta de circulación",
        (DocumentKind.VehicleRegistration, true) => "vehicle registration card",
        (DocumentKind.BankStatement, false) => "estado de cuenta bancario",
        (DocumentKind.BankStatement, true) => "bank statement",
        (DocumentKind.TaxStatusCertificate, false) => "constancia de situación fiscal",
        (DocumentKind.TaxStatusCertificate, true) => "tax status certificate",
        (DocumentKind.ProofOfIncome, false) => "comprobante de ingresos",
        (DocumentKind.ProofOfIncome, true) => "proof of income",
        _ => kind.ToString(),
    };

    public static string List(IEnumerable<DocumentKind> kinds, string language) =>
        Wording.List(kinds.Select(kind => Name(kind, language)).ToList(), language);
}
