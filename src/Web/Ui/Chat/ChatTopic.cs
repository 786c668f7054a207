using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Web.Ui.Chat;

/// <summary>
/// The topic (prompt context) of a chat opened from the portal, read from the customer's first message with the
/// shipped intent patterns: the customer just writes, and a message that matches none is a general question the
/// agent can ask about.
/// </summary>
public static class ChatTopic
{
    public const string General = "ask";

    private static readonly IReadOnlyDictionary<string, string> ContextOfIntent = new Dictionary<string, string>
    {
        ["offer_24h"] = "selling",
        ["status_eval"] = "service",
        ["payment_status"] = "service",
        ["reschedule_inspection"] = "service",
        ["kyc_docs"] = "service",
        ["credit_prequal"] = "credit",
        ["warranty_claim"] = "warranty",
        ["appointment"] = "buying",
    };

    public static string Infer(string firstMessage) =>
        IntentCatalog.Default().Intents.FirstOrDefault(intent => intent.Pattern.IsMatch(firstMessage)) is { } intent
            ? ContextOfIntent.GetValueOrDefault(intent.Name, General)
            : General;
}
