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

    public string Capability(AgentTurn turn) => turn.L("ofertas por tu auto en 24 horas", "24-hour offers for your car");

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Plugin == Plugin)
        {
            return outcome.Function switch
            {
                Accept => Accepted(turn, outcome.Value<OfferStatus>()) ?? CommonReplies.Failure(turn, outcome, turn.L("esa oferta", "that offer")),
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
            return AgentStep.Say(turn.L(
                "Con gusto te cotizo una oferta en 24 horas. ¿Me compartes la placa del auto (por ejemplo ABC-123-D) y en qué estado está: excelente, bueno, regular o malo?",
                "I'd be glad to quote a 24-hour offer. Could you share the car's licence plate (for example ABC-123-D) and its condition: excellent, good, fair or poor?",
                "Con gusto le cotizo una oferta en 24 horas. ¿Podría compartirme la placa del auto (por ejemplo ABC-123-D) y en qué estado está: excelente, bueno, regular o malo?"));
        }

        // An inspected car's grade overrides it, but an uninspected one needs the owner's word on its condition.
        if (turn.Facts.Condition is not { } condition)
        {
            return AgentStep.Say(turn.L(
                "¿En qué estado está el auto: excelente, bueno, regular o malo?",
                "What condition is the car in: excellent, good, fair or poor?",
                "¿En qué estado se encuentra el auto: excelente, bueno, regular o malo?"));
        }

        return AgentStep.Call(Plugin, Quote, CommonReplies.Arguments(("plate", plate), ("condition", condition)));
    }

    private AgentStep Quoted(AgentTurn turn, Conversation.ToolOutcome outcome)
    {
        if (outcome.Value<OfferQuote>() is { } quote)
        {
            var car = $"{quote.Make} {quote.Model} {quote.Year}";
            var offer = quote.Plate is null ? quote.OfferId : $"{quote.OfferId} ({quote.Plate})";
            var lapsed = turn.TurnOutcomes.Select(earlier => earlier.Is(Plugin, Status) ? earlier.Value<OfferStatus>() : null)
                .LastOrDefault(status => status is { State: OfferState.Expired });
            var lead = lapsed is null
                ? CommonReplies.Lead(turn)
                : turn.L($"Tu oferta {lapsed.OfferId} ya venció, así que te coticé una nueva.", $"Your offer {lapsed.OfferId} has expired, so I quoted a new one.", $"Su oferta {lapsed.OfferId} ya venció, así que le coticé una nueva.");
            return AgentStep.Say(turn.L(
                $"{lead} Por tu {car} te ofrecemos {Wording.Money(quote.AmountMxn, turn.Language)}. La oferta {offer} es válida hasta el {Wording.DateAndTime(quote.ExpiresAt, turn.Language, turn.Today)}. ¿Quieres aceptarla?",
                $"{lead} For your {car} we offer {Wording.Money(quote.AmountMxn, turn.Language)}. Offer {offer} is valid until {Wording.DateAndTime(quote.ExpiresAt, turn.Language, turn.Today)}. Would you like to accept it?",
                $"{lead} Por su {car} le ofrecemos {Wording.Money(quote.AmountMxn, turn.Language)}. La oferta {offer} es válida hasta el {Wording.DateAndTime(quote.ExpiresAt, turn.Language, turn.Today)}. ¿Desea aceptarla?"));
        }

        // A car without inspection needs the owner's description of its condition.
        if (outcome.ErrorCode == ToolErrorCodes.InvalidArgument && outcome.ErrorMessage.Contains("condition", StringComparison.OrdinalIgnoreCase))
        {
            return AgentStep.Say(turn.L(
                "Tu auto aún no tiene inspección, así que necesito saber en qué estado está: ¿excelente, bueno, regular o malo?",
                "Your car has not been inspected yet, so I need to know its condition: excellent, good, fair or poor?",
                "Su auto aún no tiene inspección, así que necesito saber en qué estado está: ¿excelente, bueno, regular o malo?"));
        }

        return outcome.ErrorCode == ToolErrorCodes.NotEligible
            ? AgentStep.Say(turn.L(
                "Por ahora no podemos hacer una oferta por ese auto: compramos autos de hasta 15 años y 250,000 km.",
                "We can't make an offer for that car right now: we buy cars up to 15 years old and 250,000 km.",
                "Por ahora no podemos hacer una oferta por ese auto: compramos autos de hasta 15 años y 250,000 km."))
            : CommonReplies.Failure(turn, outcome, turn.L("un auto registrado", "a registered car"));
    }

    private AgentStep AfterStatus(AgentTurn turn, Conversation.ToolOutcome outcome)
    {
        if (outcome.Value<OfferStatus>() is not { } offer)
        {
            return CommonReplies.Failure(turn, outcome, turn.L("ofertas", "any offers"));
        }

        // The id the customer typed is none of theirs: say so, and tell them about their own offer instead.
        var typed = turn.Facts.OfferId;
        if (typed is not null && !string.Equals(typed, offer.OfferId, StringComparison.OrdinalIgnoreCase) && Unverified(turn) is not null)
        {
            return AgentStep.Say(turn.L(
                $"Solo puedo gestionar las ofertas de tu cuenta, y la oferta {typed} no es una de ellas. ",
                $"I can only act on the offers in your account, and offer {typed} is not one of them. ",
                $"Solo puedo gestionar las ofertas de su cuenta, y la oferta {typed} no es una de ellas. ") + StatusText(turn, offer), completes: true);
        }

        if (turn.Facts.WantsToAcceptOffer && (typed is null || string.Equals(typed, offer.OfferId, StringComparison.OrdinalIgnoreCase)) && offer.State == OfferState.Active && !turn.CalledThisTurn(Plugin, Accept))
        {
            return AgentStep.Call(Plugin, Accept, CommonReplies.Arguments(("offerId", offer.OfferId)));
        }

        // An expired offer for a car the customer still wants to sell: quote it again rather than stop at the news.
        if (offer.State == OfferState.Expired && turn.Facts.Plate is not null)
        {
            return turn.Facts.Condition is null
                ? AgentStep.Say(turn.L(
                    $"Tu oferta {offer.OfferId} ya venció, pero te cotizo una nueva. ¿En qué estado está el auto: excelente, bueno, regular o malo?",
                    $"Your offer {offer.OfferId} has expired, but I can quote a new one. What condition is the car in: excellent, good, fair or poor?",
                    $"Su oferta {offer.OfferId} ya venció, pero le cotizo una nueva. ¿En qué estado se encuentra el auto: excelente, bueno, regular o malo?"))
                : QuoteOrAsk(turn);
        }

        return AgentStep.Say(StatusText(turn, offer), completes: true);
    }

    private static string StatusText(AgentTurn turn, OfferStatus offer)
    {
        var amount = Wording.Money(offer.AmountMxn, turn.Language);
        return offer.State switch
        {
            OfferState.Active => turn.L(
                $"Tu oferta {offer.OfferId} por {amount} sigue vigente hasta el {Wording.DateAndTime(offer.ExpiresAt, turn.Language, turn.Today)}.",
                $"Your offer {offer.OfferId} of {amount} is valid until {Wording.DateAndTime(offer.ExpiresAt, turn.Language, turn.Today)}.",
                $"Su oferta {offer.OfferId} por {amount} sigue vigente hasta el {Wording.DateAndTime(offer.ExpiresAt, turn.Language, turn.Today)}."),
            OfferState.Accepted => turn.L(
                $"Tu oferta {offer.OfferId} por {amount} ya está aceptada.",
                $"Your offer {offer.OfferId} of {amount} is already accepted.",
                $"Su oferta {offer.OfferId} por {amount} ya está aceptada."),
            _ => turn.L(
                $"Tu oferta {offer.OfferId} por {amount} venció el {Wording.DateAndTime(offer.ExpiresAt, turn.Language, turn.Today)}. Si quieres, te cotizo una nueva.",
                $"Your offer {offer.OfferId} of {amount} expired on {Wording.DateAndTime(offer.ExpiresAt, turn.Language, turn.Today)}. I can quote a new one if you like.",
                $"Su oferta {offer.OfferId} por {amount} venció el {Wording.DateAndTime(offer.ExpiresAt, turn.Language, turn.Today)}. Si lo desea, le cotizo una nueva."),
        };
    }

    private static AgentStep? Accepted(AgentTurn turn, OfferStatus? offer) => offer is null
        ? null
        : AgentStep.Say(turn.L(
            $"¡Listo! Aceptaste la oferta {offer.OfferId} por {Wording.Money(offer.AmountMxn, turn.Language)}. Te contactaremos para agendar la revisión final y el pago.",
            $"Done! You accepted offer {offer.OfferId} of {Wording.Money(offer.AmountMxn, turn.Language)}. We will contact you to book the final check and the payment.",
            $"¡Listo! Aceptó la oferta {offer.OfferId} por {Wording.Money(offer.AmountMxn, turn.Language)}. Le contactaremos para agendar la revisión final y el pago."), completes: true);

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
