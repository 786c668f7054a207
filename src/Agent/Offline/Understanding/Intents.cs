using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>The intent names of the design's intents table, each the one its plugin declares.</summary>
internal static class Intents
{
    public const string Offer = OfferIn24Plugin.Intent;
    public const string InspectionStatus = InspectionStatusPlugin.Intent;
    public const string Payout = PayoutTrackerPlugin.Intent;
    public const string Reschedule = InspectionReschedulerPlugin.Intent;
    public const string Credit = CreditPrequalificationPlugin.Intent;
    public const string Warranty = WarrantyCoveragePlugin.Intent;
    public const string Documents = DocumentsKycPlugin.Intent;
    public const string Appointment = SchedulingPlugin.Intent;
}

/// <summary>What a message may ask for besides a plugin's task: these the agent answers itself or hands over.</summary>
internal static class ConversationIntents
{
    public const string Greeting = "greeting";
    public const string Goodbye = "goodbye";
    public const string HandOver = "handover";

    /// <summary>A danger to the customer (brakes failed, smoke, an accident): a person takes over at once.</summary>
    public const string Safety = "safety";

    /// <summary>A complaint no plugin resolves (an unknown charge): a ticket for the team.</summary>
    public const string SupportTicket = "support_ticket";

    /// <summary>The ones the agent handles itself; a ticket has its skill.</summary>
    public static IReadOnlyList<string> All { get; } = [Greeting, Goodbye, HandOver, Safety];
}
