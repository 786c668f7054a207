using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Workbench.Analysis.Intents;

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
        [OfferIn24Plugin.Intent] = "selling",
        [InspectionStatusPlugin.Intent] = "service",
        [PayoutTrackerPlugin.Intent] = "service",
        [InspectionReschedulerPlugin.Intent] = "service",
        [DocumentsKycPlugin.Intent] = "service",
        [CreditPrequalificationPlugin.Intent] = "credit",
        [WarrantyCoveragePlugin.Intent] = "warranty",
        [SchedulingPlugin.Intent] = "buying",
    };

    public static string Infer(string firstMessage) =>
        IntentCatalog.Default().Intents.FirstOrDefault(intent => intent.Pattern.IsMatch(firstMessage)) is { } intent
            ? ContextOfIntent.GetValueOrDefault(intent.Name, General)
            : General;
}
