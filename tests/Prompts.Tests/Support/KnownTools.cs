namespace AgentSupport.Prompts.Tests.Support;

/// <summary>The application's plugin names, as the agent passes them to the store.</summary>
internal static class KnownTools
{
    public static readonly IReadOnlyList<string> All =
    [
        "OfferIn24", "InspectionStatus", "PayoutTracker", "InspectionRescheduler", "CreditPrequalification",
        "WarrantyCoverage", "DocumentsKyc", "Scheduling", "Tickets",
    ];
}
