using System.Globalization;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Web.Domain.Cars;

namespace AgentSupport.Web.Ui.Chat;

/// <summary>A button under the greeting: what it says, and the message it sends for the customer.</summary>
public sealed record ChatSuggestion(string Label, string Message);

/// <summary>What a customer's account holds that a new chat can offer to look up.</summary>
public sealed record CustomerAccount(
    IReadOnlyList<OwnedCar> Cars, IReadOnlyList<Offer> Offers, IReadOnlyList<Inspection> Inspections, IReadOnlyList<Payout> Payouts);

/// <summary>
/// The suggested actions a new chat opens with, drawn from the customer's account: a payout still on its way, the next
/// scheduled inspection, an offer still valid; then general ones, so there are always <see cref="Fewest"/> to
/// <see cref="Most"/>. Each names the car and carries its plate, so the agent can act on the first message.
/// </summary>
public static class ChatSuggestions
{
    public const int Fewest = 3;
    public const int Most = 4;

    public static IReadOnlyList<ChatSuggestion> For(CustomerAccount account, DateTimeOffset now, MessengerStrings text, CultureInfo culture)
    {
        var names = CarNames.ByPlate(account.Cars, account.Offers);
        string Name(string plate) => names.GetValueOrDefault(plate, plate);

        var suggestions = new List<ChatSuggestion>();
        if (account.Payouts.Where(p => p.Stage != PayoutStage.Transferred).MaxBy(p => p.CreatedAt) is { } payout)
            suggestions.Add(new(text.PayoutLabel(Name(payout.Plate)), text.PayoutMessage(Name(payout.Plate), payout.Plate)));

        if (account.Inspections.Where(i => i.Stage == InspectionStage.Scheduled && i.ScheduledAt >= now).MinBy(i => i.ScheduledAt) is { } inspection)
        {
            suggestions.Add(new(text.InspectionLabel(Name(inspection.Plate), ShortDate(inspection.ScheduledAt, now, culture)),
                text.InspectionMessage(Name(inspection.Plate), inspection.Plate)));
        }

        if (account.Offers.Where(o => o.Terms.Plate is not null && o.StateAt(now) == OfferState.Active).MaxBy(o => o.Terms.CreatedAt) is { } offer)
            suggestions.Add(new(text.OfferLabel(Name(offer.Terms.Plate!)), text.OfferMessage(Name(offer.Terms.Plate!), offer.Terms.Plate!)));

        ChatSuggestion[] general =
        [
            new(text.DocumentsLabel, text.DocumentsMessage),
            new(text.CreditLabel, text.CreditMessage),
            new(text.SellLabel, text.SellMessage),
        ];
        foreach (var fallback in general)
        {
            if (suggestions.Count >= Fewest) break;
            suggestions.Add(fallback);
        }

        return suggestions.Take(Most).ToList();
    }

    /// <summary>"9 dic" in hub-local time; with the year when it is not this year's.</summary>
    private static string ShortDate(DateTimeOffset instant, DateTimeOffset now, CultureInfo culture)
    {
        var local = MexicoTime.ToLocal(instant);
        var format = local.Year == MexicoTime.ToLocal(now).Year ? "d MMM" : "d MMM yyyy";
        return local.ToString(format, culture).Replace(".", "", StringComparison.Ordinal);
    }
}
