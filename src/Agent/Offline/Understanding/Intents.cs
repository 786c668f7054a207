namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>The intent names of the design's intents table.</summary>
internal static class Intents
{
    public const string Offer = "offer_24h";
    public const string InspectionStatus = "status_eval";
    public const string Payout = "payment_status";
    public const string Reschedule = "reschedule_inspection";
    public const string Credit = "credit_prequal";
    public const string Warranty = "warranty_claim";
    public const string Documents = "kyc_docs";
    public const string Appointment = "appointment";
}
