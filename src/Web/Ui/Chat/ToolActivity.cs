using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Chat;

/// <summary>
/// How the chat speaks of the agent's tools: a short, customer-facing phrase for the plugin while it runs
/// ("Checking your payout…") and for its outcome ("Payout checked", or what could not be done), never the
/// plugin's or function's technical name.
/// </summary>
public static class ToolActivity
{
    private const string EscalateFunction = TicketsPlugin.EscalateToHuman;

    /// <summary>The phrase for a call in progress.</summary>
    public static string Describe(string plugin, string? function, UiStrings text) => plugin switch
    {
        OfferIn24Plugin.Name => text.ToolOffer,
        InspectionStatusPlugin.Name => text.ToolInspection,
        PayoutTrackerPlugin.Name => text.ToolPayout,
        InspectionReschedulerPlugin.Name => text.ToolReschedule,
        CreditPrequalificationPlugin.Name => text.ToolCredit,
        WarrantyCoveragePlugin.Name => text.ToolWarranty,
        DocumentsKycPlugin.Name => text.ToolDocuments,
        SchedulingPlugin.Name => text.ToolScheduling,
        TicketsPlugin.Name when function == EscalateFunction => text.ToolEscalation,
        TicketsPlugin.Name => text.ToolTickets,
        _ => text.ToolWorking,
    };

    /// <summary>The phrase for a finished call: what it did, or in plain words what could not be done.</summary>
    public static string Outcome(string plugin, string? function, bool succeeded, UiStrings text)
    {
        var messenger = text.Messenger;
        var outcome = plugin switch
        {
            OfferIn24Plugin.Name => messenger.Offer,
            InspectionStatusPlugin.Name => messenger.Inspection,
            PayoutTrackerPlugin.Name => messenger.Payout,
            InspectionReschedulerPlugin.Name => messenger.Reschedule,
            CreditPrequalificationPlugin.Name => messenger.Credit,
            WarrantyCoveragePlugin.Name => messenger.Warranty,
            DocumentsKycPlugin.Name => messenger.Documents,
            SchedulingPlugin.Name => messenger.Scheduling,
            TicketsPlugin.Name when function == EscalateFunction => messenger.Escalation,
            TicketsPlugin.Name => messenger.Tickets,
            _ => messenger.Working,
        };
        return succeeded ? outcome.Done : outcome.Failed;
    }
}
