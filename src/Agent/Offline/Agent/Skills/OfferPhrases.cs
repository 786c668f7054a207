namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="OfferSkill"/> words quotes and offers. Sentences take amounts and dates already worded.</summary>
internal sealed record OfferPhrases
{
    public required string Capability { get; init; }

    /// <summary>What failed, for an acceptance, a quote and a status that could not be served.</summary>
    public required string ThatOffer { get; init; }

    public required string ARegisteredCar { get; init; }

    public required string AnyOffers { get; init; }

    public required string AskPlateAndCondition { get; init; }

    public required string AskCondition { get; init; }

    /// <summary>Leads a new quote made because the offer of that id expired.</summary>
    public required Func<string, string> Lapsed { get; init; }

    /// <summary>Lead-in, the car, amount, offer id (with its plate), valid until.</summary>
    public required Func<string, string, string, string, string, string> Quoted { get; init; }

    public required string NotInspected { get; init; }

    public required string NotEligible { get; init; }

    /// <summary>Turns down an offer id that is none of the customer's; the status of their own follows.</summary>
    public required Func<string, string> NotYours { get; init; }

    /// <summary>The offer of that id expired: asks the condition to quote a new one.</summary>
    public required Func<string, string> ExpiredRequote { get; init; }

    /// <summary>Offer id, amount, valid until.</summary>
    public required Func<string, string, string, string> Active { get; init; }

    /// <summary>Offer id, amount.</summary>
    public required Func<string, string, string> AlreadyAccepted { get; init; }

    /// <summary>Offer id, amount, when it expired.</summary>
    public required Func<string, string, string, string> Expired { get; init; }

    /// <summary>Offer id, amount: the customer just accepted it.</summary>
    public required Func<string, string, string> Accepted { get; init; }

    private static readonly OfferPhrases Spanish = new()
    {
        Capability = "ofertas por tu auto en 24 horas",
        ThatOffer = "esa oferta",
        ARegisteredCar = "un auto registrado",
        AnyOffers = "ofertas",
        AskPlateAndCondition = "Con gusto te cotizo una oferta en 24 horas. ¿Me compartes la placa del auto (por ejemplo ABC-123-D) y en qué estado está: excelente, bueno, regular o malo?",
        AskCondition = "¿En qué estado está el auto: excelente, bueno, regular o malo?",
        Lapsed = offer => $"Tu oferta {offer} ya venció, así que te coticé una nueva.",
        Quoted = (lead, car, amount, offer, until) => $"{lead} Por tu {car} te ofrecemos {amount}. La oferta {offer} es válida hasta el {until}. ¿Quieres aceptarla?",
        NotInspected = "Tu auto aún no tiene inspección, así que necesito saber en qué estado está: ¿excelente, bueno, regular o malo?",
        NotEligible = "Por ahora no podemos hacer una oferta por ese auto: compramos autos de hasta 15 años y 250,000 km.",
        NotYours = offer => $"Solo puedo gestionar las ofertas de tu cuenta, y la oferta {offer} no es una de ellas. ",
        ExpiredRequote = offer => $"Tu oferta {offer} ya venció, pero te cotizo una nueva. ¿En qué estado está el auto: excelente, bueno, regular o malo?",
        Active = (offer, amount, until) => $"Tu oferta {offer} por {amount} sigue vigente hasta el {until}.",
        AlreadyAccepted = (offer, amount) => $"Tu oferta {offer} por {amount} ya está aceptada.",
        Expired = (offer, amount, when) => $"Tu oferta {offer} por {amount} venció el {when}. Si quieres, te cotizo una nueva.",
        Accepted = (offer, amount) => $"¡Listo! Aceptaste la oferta {offer} por {amount}. Te contactaremos para agendar la revisión final y el pago.",
    };

    public static Phrasebook<OfferPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            AskPlateAndCondition = "Con gusto le cotizo una oferta en 24 horas. ¿Podría compartirme la placa del auto (por ejemplo ABC-123-D) y en qué estado está: excelente, bueno, regular o malo?",
            AskCondition = "¿En qué estado se encuentra el auto: excelente, bueno, regular o malo?",
            Lapsed = offer => $"Su oferta {offer} ya venció, así que le coticé una nueva.",
            Quoted = (lead, car, amount, offer, until) => $"{lead} Por su {car} le ofrecemos {amount}. La oferta {offer} es válida hasta el {until}. ¿Desea aceptarla?",
            NotInspected = "Su auto aún no tiene inspección, así que necesito saber en qué estado está: ¿excelente, bueno, regular o malo?",
            NotYours = offer => $"Solo puedo gestionar las ofertas de su cuenta, y la oferta {offer} no es una de ellas. ",
            ExpiredRequote = offer => $"Su oferta {offer} ya venció, pero le cotizo una nueva. ¿En qué estado se encuentra el auto: excelente, bueno, regular o malo?",
            Active = (offer, amount, until) => $"Su oferta {offer} por {amount} sigue vigente hasta el {until}.",
            AlreadyAccepted = (offer, amount) => $"Su oferta {offer} por {amount} ya está aceptada.",
            Expired = (offer, amount, when) => $"Su oferta {offer} por {amount} venció el {when}. Si lo desea, le cotizo una nueva.",
            Accepted = (offer, amount) => $"¡Listo! Aceptó la oferta {offer} por {amount}. Le contactaremos para agendar la revisión final y el pago.",
        },
        new()
        {
            Capability = "24-hour offers for your car",
            ThatOffer = "that offer",
            ARegisteredCar = "a registered car",
            AnyOffers = "any offers",
            AskPlateAndCondition = "I'd be glad to quote a 24-hour offer. Could you share the car's licence plate (for example ABC-123-D) and its condition: excellent, good, fair or poor?",
            AskCondition = "What condition is the car in: excellent, good, fair or poor?",
            Lapsed = offer => $"Your offer {offer} has expired, so I quoted a new one.",
            Quoted = (lead, car, amount, offer, until) => $"{lead} For your {car} we offer {amount}. Offer {offer} is valid until {until}. Would you like to accept it?",
            NotInspected = "Your car has not been inspected yet, so I need to know its condition: excellent, good, fair or poor?",
            NotEligible = "We can't make an offer for that car right now: we buy cars up to 15 years old and 250,000 km.",
            NotYours = offer => $"I can only act on the offers in your account, and offer {offer} is not one of them. ",
            ExpiredRequote = offer => $"Your offer {offer} has expired, but I can quote a new one. What condition is the car in: excellent, good, fair or poor?",
            Active = (offer, amount, until) => $"Your offer {offer} of {amount} is valid until {until}.",
            AlreadyAccepted = (offer, amount) => $"Your offer {offer} of {amount} is already accepted.",
            Expired = (offer, amount, when) => $"Your offer {offer} of {amount} expired on {when}. I can quote a new one if you like.",
            Accepted = (offer, amount) => $"Done! You accepted offer {offer} of {amount}. We will contact you to book the final check and the payment.",
        });
}
