using System.Text.RegularExpressions;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Offers;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>offer_24h: quote an instant offer for the customer's car, tell its state, accept it.</summary>
internal sealed partial class OfferSkill : IIntentSkill
{
    private const string Quote = OfferIn24Plugin.QuoteOfferForMyCar;
    private const string Status = OfferIn24Plugin.GetOfferStatus;
    private const string Accept = OfferIn24Plugin.AcceptOffer;

    public string Intent => Intents.Offer;

    public string Plugin => OfferIn24Plugin.Name;

    public IReadOnlyList<string> Answers { get; } = [Quote, Status, Accept];

    public string Capability(AgentTurn turn) => OfferPhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Plugin == Plugin)
        {
            return outcome.Function switch
            {
                Accept => Accepted(turn, outcome.Value<OfferStatus>()) ?? CommonReplies.Failure(turn, outcome, OfferPhrases.Book.For(turn).ThatOffer),
                Status => AfterStatus(turn, outcome),
                _ => Quoted(turn, outcome),
            };
        }

        // An offer id the customer typed is acted on only once a tool showed it is theirs: their latest offer is looked up first.
        if (Unverified(turn) is not null)
        {
            return AgentStep.Call(Plugin, Status, CommonReplies.Arguments());
        }

        if (turn.Facts.WantsToAcceptOffer && OfferToAccept(turn) is { } offerId)
        {
            return AgentStep.Call(Plugin, Accept, CommonReplies.Arguments(("offerId", offerId)));
        }

        // Accepting "my offer" without its id needs the latest one; a customer who is selling and wants to accept
        // what they will be offered needs a quote first.
        if (turn.Facts.WantsToAcceptOffer && RefersToEarlierOffer().IsMatch(string.Join("\n", turn.Conversation.UserTexts))
            || AsksForStatus().IsMatch(turn.Conversation.LatestUserText) && !AsksForNewQuote().IsMatch(turn.Conversation.LatestUserText))
        {
            return AgentStep.Call(Plugin, Status, CommonReplies.Arguments(("offerId", turn.Facts.OfferId)));
        }

        return QuoteOrAsk(turn);
    }

    /// <summary>Quotes the customer's car once the plate and its condition are known, or asks for them.</summary>
    private AgentStep QuoteOrAsk(AgentTurn turn)
    {
        if (turn.Facts.Plate is not { } plate)
        {
            return AgentStep.Say(OfferPhrases.Book.For(turn).AskPlateAndCondition);
        }

        // An inspected car's grade overrides it, but an uninspected one needs the owner's word on its condition.
        if (turn.Facts.Condition is not { } condition)
        {
            return AgentStep.Say(OfferPhrases.Book.For(turn).AskCondition);
        }

        return AgentStep.Call(Plugin, Quote, CommonReplies.Arguments(("plate", plate), ("condition", condition)));
    }

    private AgentStep Quoted(AgentTurn turn, Conversation.ToolOutcome outcome)
    {
        var say = OfferPhrases.Book.For(turn);
        if (outcome.Value<OfferQuote>() is { } quote)
        {
            var car = $"{quote.Make} {quote.Model} {quote.Year}";
            var offer = quote.Plate is null ? quote.OfferId : $"{quote.OfferId} ({quote.Plate})";
            var lapsed = turn.TurnOutcomes.Select(earlier => earlier.Is(Plugin, Status) ? earlier.Value<OfferStatus>() : null)
                .LastOrDefault(status => status is { State: OfferState.Expired });
            var lead = lapsed is null ? CommonReplies.Lead(turn) : say.Lapsed(lapsed.OfferId);
            return AgentStep.Say(say.Quoted(lead, car, Wording.Money(quote.AmountMxn, turn.Language), offer, Wording.DateAndTime(quote.ExpiresAt, turn.Language, turn.Today)));
        }

        // A car without inspection needs the owner's description of its condition.
        if (outcome.ErrorCode == ToolErrorCodes.InvalidArgument && outcome.ErrorMessage.Contains("condition", StringComparison.OrdinalIgnoreCase))
        {
            return AgentStep.Say(say.NotInspected);
        }

        return outcome.ErrorCode == ToolErrorCodes.NotEligible
            ? AgentStep.Say(say.NotEligible)
            : CommonReplies.Failure(turn, outcome, say.ARegisteredCar);
    }

    private AgentStep AfterStatus(AgentTurn turn, Conversation.ToolOutcome outcome)
    {
        var say = OfferPhrases.Book.For(turn);
        if (outcome.Value<OfferStatus>() is not { } offer)
        {
            return CommonReplies.Failure(turn, outcome, say.AnyOffers);
        }

        // The id the customer typed is none of theirs: say so, and tell them about their own offer instead.
        var typed = turn.Facts.OfferId;
        if (typed is not null && !string.Equals(typed, offer.OfferId, StringComparison.OrdinalIgnoreCase) && Unverified(turn) is not null)
        {
            return AgentStep.Say(say.NotYours(typed) + StatusText(turn, offer), completes: true);
        }

        if (turn.Facts.WantsToAcceptOffer && (typed is null || string.Equals(typed, offer.OfferId, StringComparison.OrdinalIgnoreCase)) && offer.State == OfferState.Active && !turn.CalledThisTurn(Plugin, Accept))
        {
            return AgentStep.Call(Plugin, Accept, CommonReplies.Arguments(("offerId", offer.OfferId)));
        }

        // An expired offer for a car the customer still wants to sell: quote it again rather than stop at the news.
        if (offer.State == OfferState.Expired && turn.Facts.Plate is not null)
        {
            return turn.Facts.Condition is null
                ? AgentStep.Say(say.ExpiredRequote(offer.OfferId))
                : QuoteOrAsk(turn);
        }

        return AgentStep.Say(StatusText(turn, offer), completes: true);
    }

    private static string StatusText(AgentTurn turn, OfferStatus offer)
    {
        var say = OfferPhrases.Book.For(turn);
        var amount = Wording.Money(offer.AmountMxn, turn.Language);
        return offer.State switch
        {
            OfferState.Active => say.Active(offer.OfferId, amount, Wording.DateAndTime(offer.ExpiresAt, turn.Language, turn.Today)),
            OfferState.Accepted => say.AlreadyAccepted(offer.OfferId, amount),
            _ => say.Expired(offer.OfferId, amount, Wording.DateAndTime(offer.ExpiresAt, turn.Language, turn.Today)),
        };
    }

    private static AgentStep? Accepted(AgentTurn turn, OfferStatus? offer) => offer is null
        ? null
        : AgentStep.Say(OfferPhrases.Book.For(turn).Accepted(offer.OfferId, Wording.Money(offer.AmountMxn, turn.Language)), completes: true);

    /// <summary>The offer id the customer typed when no tool result of this conversation showed it is theirs; null otherwise.</summary>
    private string? Unverified(AgentTurn turn) =>
        turn.Facts.OfferId is { } typed && !turn.Conversation.AllOutcomes.Where(outcome => outcome.Plugin == Plugin)
            .Select(outcome => outcome.Value<OfferStatus>()?.OfferId ?? outcome.Value<OfferQuote>()?.OfferId)
            .Any(shown => string.Equals(shown, typed, StringComparison.OrdinalIgnoreCase))
            ? typed
            : null;

    /// <summary>The offer to accept without asking the system: the id the customer gave, or the quote made in this conversation.</summary>
    private string? OfferToAccept(AgentTurn turn) =>
        turn.Facts.OfferId
        ?? turn.Conversation.AllOutcomes.Where(outcome => outcome.Is(Plugin, Quote)).Select(outcome => outcome.Value<OfferQuote>()?.OfferId).LastOrDefault(id => id is not null);

    [GeneratedRegex(@"\b(mi|my)\s+(oferta|offer)\b(?!\s+(de|en|of|in|for|within)\s+24)|\b(la|su|esa)\s+oferta\s+(anterior|pasada|vigente|que)\b|\bla oferta (que )?(me )?(hicieron|dieron|mandaron|enviaron)\b|\b(my|the)\s+(previous|last|current|existing)\s+offer\b|\bthe offer (for|on) (my|the)\b|\b(la|una) oferta (de|por|para|del) (mi|la|el|tu)\b|\bthe offer (for|on) (my|the)\b|\bthe offer (you|that)\b|\bOF-\d+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefersToEarlierOffer();

    [GeneratedRegex(@"\b(nueva|otra)\s+(oferta|cotizaci[oó]n)\b|\b(new|another)\s+(offer|quote)\b|\b(volver a )?cotizar\b|\bre-?quote\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForNewQuote();

    [GeneratedRegex(@"\b(estado|status)\s+(de\s+|of\s+)?(la\s+|mi\s+|my\s+|the\s+)?(ofertas?|offers?)\b|\b(ofertas?|offers?)\s+status\b|\b(ofertas?|offers?)\b[^?!]*\b(vigente|sigue|expira|vence|venci[oó]|expire[sd]?|still (valid|good|open|on|available))\b|\b(sigue|vigente|still|expired?)\b[^?!]*\b(ofertas?|offers?)\b|\b(ofertas?|offers?)\b[^?!]*\b(todav[ií]a|a[uú]n|worth|vale)\b|\b(mi|my)\s+(oferta|offer)\b[^?!]*\b(cu[aá]nto|how much|amount|monto)\b|\b(cu[aá]nto (es|era)|how much (is|was))\b[^?!]*\b(mi|my)\s+(oferta|offer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForStatus();
}
