using System.Collections.Frozen;
using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Plugins.Catalog;

/// <summary>
/// Every plugin the agent can be given. Adding a plugin is one line here (see docs/adding-a-plugin.md);
/// prompt versions enable plugins by these names.
/// </summary>
public static class PluginCatalog
{
    public static IReadOnlyList<PluginEntry> Entries { get; } =
    [
        new("OfferIn24", typeof(OfferIn24Plugin), "offer_24h"),
        new("InspectionStatus", typeof(InspectionStatusPlugin), "status_eval"),
        new("PayoutTracker", typeof(PayoutTrackerPlugin), "payment_status"),
        new("InspectionRescheduler", typeof(InspectionReschedulerPlugin), "reschedule_inspection"),
        new("CreditPrequalification", typeof(CreditPrequalificationPlugin), "credit_prequal"),
        new("WarrantyCoverage", typeof(WarrantyCoveragePlugin), "warranty_claim"),
        new("DocumentsKyc", typeof(DocumentsKycPlugin), "kyc_docs"),
        new("Scheduling", typeof(SchedulingPlugin), "appointment"),
        new("Tickets", typeof(TicketsPlugin), Intent: null),
    ];

    /// <summary>The plugin names, compared exactly (case-sensitive), for validating <c>enabled_tools</c>.</summary>
    public static IReadOnlySet<string> Names { get; } = Entries.Select(e => e.Name).ToFrozenSet(StringComparer.Ordinal);

    public static PluginEntry? Find(string name) => Entries.FirstOrDefault(e => e.Name == name);

    /// <summary>The plugin that serves an intent of the intents table (offer_24h, status_eval, ...), if any.</summary>
    public static PluginEntry? ForIntent(string intent) => Entries.FirstOrDefault(e => e.Intent == intent);
}
