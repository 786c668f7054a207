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
        new(OfferIn24Plugin.Name, typeof(OfferIn24Plugin), OfferIn24Plugin.Intent),
        new(InspectionStatusPlugin.Name, typeof(InspectionStatusPlugin), InspectionStatusPlugin.Intent),
        new(PayoutTrackerPlugin.Name, typeof(PayoutTrackerPlugin), PayoutTrackerPlugin.Intent),
        new(InspectionReschedulerPlugin.Name, typeof(InspectionReschedulerPlugin), InspectionReschedulerPlugin.Intent),
        new(CreditPrequalificationPlugin.Name, typeof(CreditPrequalificationPlugin), CreditPrequalificationPlugin.Intent),
        new(WarrantyCoveragePlugin.Name, typeof(WarrantyCoveragePlugin), WarrantyCoveragePlugin.Intent),
        new(DocumentsKycPlugin.Name, typeof(DocumentsKycPlugin), DocumentsKycPlugin.Intent),
        new(SchedulingPlugin.Name, typeof(SchedulingPlugin), SchedulingPlugin.Intent),
        new(TicketsPlugin.Name, typeof(TicketsPlugin), Intent: null),
    ];

    /// <summary>The plugin names, compared exactly (case-sensitive), for validating <c>enabled_tools</c>.</summary>
    public static IReadOnlySet<string> Names { get; } = Entries.Select(e => e.Name).ToFrozenSet(StringComparer.Ordinal);

    public static PluginEntry? Find(string name) => Entries.FirstOrDefault(e => e.Name == name);

    /// <summary>The plugin that serves an intent of the intents table (offer_24h, status_eval, ...), if any.</summary>
    public static PluginEntry? ForIntent(string intent) => Entries.FirstOrDefault(e => e.Intent == intent);
}
