using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Chat;

/// <summary>
/// How the chat speaks of the agent's tools: a short, customer-facing phrase for the plugin while it runs
/// ("Checking your payout…") and for its outcome ("Payout checked", or what could not be done), never the
/// plugin's or function's technical name.
/// </summary>
public static class ToolActivity
{
    private const string EscalateFunction = "escalate_to_human";

    /// <summary>The phrase for a call in progress.</summary>
    public static string Describe(string plugin, string? function, UiStrings text) => plugin switch
    {
        "OfferIn24" => text.ToolOffer,
        "InspectionStatus" => text.ToolInspection,
        "PayoutTracker" => text.ToolPayout,
        "InspectionRescheduler" => text.ToolReschedule,
        "CreditPrequalification" => text.ToolCredit,
        "WarrantyCoverage" => text.ToolWarranty,
        "DocumentsKyc" => text.ToolDocuments,
        "Scheduling" => text.ToolScheduling,
        "Tickets" when function == EscalateFunction => text.ToolEscalation,
        "Tickets" => text.ToolTickets,
        _ => text.ToolWorking,
    };

    /// <summary>The phrase for a finished call: what it did, or in plain words what could not be done.</summary>
    public static string Outcome(string plugin, string? function, bool succeeded, UiStrings text)
    {
        var messenger = text.Messenger;
        var outcome = plugin switch
        {
            "OfferIn24" => messenger.Offer,
            "InspectionStatus" => messenger.Inspection,
            "PayoutTracker" => messenger.Payout,
            "InspectionRescheduler" => messenger.Reschedule,
            "CreditPrequalification" => messenger.Credit,
            "WarrantyCoverage" => messenger.Warranty,
            "DocumentsKyc" => messenger.Documents,
            "Scheduling" => messenger.Scheduling,
            "Tickets" when function == EscalateFunction => messenger.Escalation,
            "Tickets" => messenger.Tickets,
            _ => messenger.Working,
        };
        return succeeded ? outcome.Done : outcome.Failed;
    }
}
