using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Payouts;

/// <summary>The life of a payout to a seller: pending_documents → approved → transferred.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PayoutStage>))]
public enum PayoutStage
{
    PendingDocuments,
    Approved,
    Transferred,
}
