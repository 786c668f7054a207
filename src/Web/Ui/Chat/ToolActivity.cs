using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Chat;

/// <summary>
/// What the chat shows while the agent runs a tool: a short, customer-facing phrase for the plugin
/// ("Checking your payout…"), never the plugin's or function's technical name.
/// </summary>
public static class ToolActivity
{
    private const string EscalateFunction = "escalate_to_human";

    /// <summary>The phrase for a finished call, shown under the answer it served ("Checking your payout").</summary>
    public static string Done(string plugin, string? function, UiStrings text) => Describe(plugin, function, text).TrimEnd('…');

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
}
