namespace AgentSupport.Agent.Offline.Agent;

/// <summary>How <see cref="CommonReplies"/> words what every skill says: asking for a plate, explaining a failed tool.</summary>
internal sealed record CommonPhrases
{
    /// <summary>Asks for the plate to check something ("tu pago").</summary>
    public required Func<string, string> AskPlate { get; init; }

    /// <summary>Asks which of the listed plates to check something for.</summary>
    public required Func<string, string, string> AskWhichPlate { get; init; }

    /// <summary>After the records described, how many there are in all and how to ask for another.</summary>
    public required Func<int, string> MoreRecords { get; init; }

    /// <summary>Short lead-ins before a result, one picked by the seed.</summary>
    public required IReadOnlyList<string> Leads { get; init; }

    /// <summary>Nothing of that kind (first) with that plate (second) in the customer's account.</summary>
    public required Func<string, string, string> NotFoundForPlate { get; init; }

    public required Func<string, string> NotFound { get; init; }

    public required string InvalidArgument { get; init; }

    public required string Conflict { get; init; }

    public required string Expired { get; init; }

    public required string Unavailable { get; init; }

    private static readonly CommonPhrases Spanish = new()
    {
        AskPlate = about => $"Para revisar {about}, ¿me compartes la placa de tu auto (por ejemplo ABC-123-D)?",
        AskWhichPlate = (plates, about) => $"Veo más de un auto en tu cuenta ({plates}). Para revisar {about}, ¿me dices cuál es la placa?",
        MoreRecords = count => $"Tienes {count} en total; si buscas otro, dime su placa.",
        Leads = ["Ya lo revisé.", "Esto es lo que encontré.", "Ya lo consulté en el sistema."],
        NotFoundForPlate = (about, plate) => $"No encontré {about} con la placa {plate} en tu cuenta. ¿Me confirmas la placa?",
        NotFound = about => $"No encontré {about} en tu cuenta.",
        InvalidArgument = "Algún dato no cuadra con lo que tenemos registrado. ¿Me lo confirmas?",
        Conflict = "Eso ya no se puede hacer así: el sistema indica un conflicto con el estado actual. Puedo revisarlo con otro auto u otra fecha, o pasarte con una persona de nuestro equipo.",
        Expired = "Ese plazo ya venció. Si quieres, empezamos de nuevo o te paso con una persona de nuestro equipo.",
        Unavailable = "El sistema no responde en este momento; lo intento de nuevo en un momento o, si prefieres, te comunico con una persona.",
    };

    public static Phrasebook<CommonPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            AskPlate = about => $"Para revisar {about}, ¿podría compartirme la placa de su auto (por ejemplo ABC-123-D)?",
            AskWhichPlate = (plates, about) => $"Veo más de un auto en su cuenta ({plates}). Para revisar {about}, ¿me indica cuál es la placa?",
            MoreRecords = count => $"Tiene {count} en total; si busca otro, indíqueme su placa.",
            NotFoundForPlate = (about, plate) => $"No encontré {about} con la placa {plate} en su cuenta. ¿Me confirma la placa?",
            NotFound = about => $"No encontré {about} en su cuenta.",
            InvalidArgument = "Algún dato no coincide con lo que tenemos registrado. ¿Me lo confirma?",
            Conflict = "Eso ya no es posible así: el sistema indica un conflicto con el estado actual. Puedo revisarlo con otro auto u otra fecha, o comunicarle con una persona de nuestro equipo.",
            Expired = "Ese plazo ya venció. Si lo desea, empezamos de nuevo o le comunico con una persona de nuestro equipo.",
            Unavailable = "El sistema no responde en este momento; lo intento de nuevo en un momento o, si lo prefiere, le comunico con una persona.",
        },
        new()
        {
            AskPlate = about => $"To check {about}, could you share your car's licence plate (for example ABC-123-D)?",
            AskWhichPlate = (plates, about) => $"I see more than one car in your account ({plates}). To check {about}, which plate is it?",
            MoreRecords = count => $"You have {count} in total; if you mean another one, tell me its plate.",
            Leads = ["I checked it.", "Here is what I found.", "I looked it up."],
            NotFoundForPlate = (about, plate) => $"I couldn't find {about} for plate {plate} in your account. Could you confirm the plate?",
            NotFound = about => $"I couldn't find {about} in your account.",
            InvalidArgument = "Some of the details don't match what we have on file. Could you confirm them?",
            Conflict = "That can't be done right now: the system reports a conflict with the current state. I can try another car or another date, or connect you with a person from our team.",
            Expired = "That deadline has already passed. If you like, we can start over or I can connect you with a person from our team.",
            Unavailable = "The system is not responding right now; I can try again shortly or, if you prefer, connect you with a person.",
        });
}
