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
