using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Documents;

/// <summary>The documents a Mexican car sale or purchase needs.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    OfficialId,
    ProofOfAddress,
    VehicleInvoice,
    TenenciaReceipts,
    VehicleRegistration,
    BankStatement,
    TaxStatusCertificate,
    ProofOfIncome,
}
