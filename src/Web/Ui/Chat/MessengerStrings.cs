using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Chat;

/// <summary>
/// The customer messenger's texts, one instance per language (<see cref="English"/>, <see cref="Spanish"/>): the greeting,
/// the suggested actions and how a tool's outcome reads. Kept apart from <see cref="UiStrings"/> so the messenger can grow
/// without touching the rest of the portal's texts.
/// </summary>
public sealed partial record MessengerStrings
{
    public static MessengerStrings For(string language) => UiCultures.Resolve(language) == UiCultures.Spanish ? Spanish : English;

    /// <summary>The conversation language (<c>es</c>, <c>en</c>) the messenger starts in.</summary>
    public required string Language { get; init; }

    public required Func<string, string> Greeting { get; init; }
    public required string GreetingText { get; init; }
    public required string Suggestions { get; init; }
    public required string NewChat { get; init; }
    public required string EndChat { get; init; }
    public required string EndChatTitle { get; init; }
    public required string LeaveWithoutRating { get; init; }
    public required string BackToDashboard { get; init; }
    public required string HandedOver { get; init; }
    public required string NoMessagesYet { get; init; }

    // Suggested actions: what the button says, and the message it sends (with the plate, so the agent need not ask).
    public required Func<string, string> PayoutLabel { get; init; }
    public required Func<string, string, string> PayoutMessage { get; init; }
    public required Func<string, string, string> InspectionLabel { get; init; }
    public required Func<string, string, string> InspectionMessage { get; init; }
    public required Func<string, string> OfferLabel { get; init; }
    public required Func<string, string, string> OfferMessage { get; init; }
    public required string CreditLabel { get; init; }
    public required string CreditMessage { get; init; }
    public required string DocumentsLabel { get; init; }
    public required string DocumentsMessage { get; init; }
    public required string SellLabel { get; init; }
    public required string SellMessage { get; init; }

    // A finished tool call, by plugin: what it did, or what could not be done.
    public required ToolOutcomeText Offer { get; init; }
    public required ToolOutcomeText Inspection { get; init; }
    public required ToolOutcomeText Payout { get; init; }
    public required ToolOutcomeText Reschedule { get; init; }
    public required ToolOutcomeText Credit { get; init; }
    public required ToolOutcomeText Warranty { get; init; }
    public required ToolOutcomeText Documents { get; init; }
    public required ToolOutcomeText Scheduling { get; init; }
    public required ToolOutcomeText Tickets { get; init; }
    public required ToolOutcomeText Escalation { get; init; }
    public required ToolOutcomeText Working { get; init; }
}

/// <summary>How a finished tool call reads: <paramref name="Done"/> ("Pago consultado") or <paramref name="Failed"/> in plain words.</summary>
public sealed record ToolOutcomeText(string Done, string Failed);
