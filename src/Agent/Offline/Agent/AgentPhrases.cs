namespace AgentSupport.Agent.Offline.Agent;

/// <summary>How <see cref="OfflineAgent"/> words what no skill owns: greetings, hand-overs, repeats, topic switches.</summary>
internal sealed record AgentPhrases
{
    /// <summary>The hand-over's reason, for the team, when the customer reports a dangerous failure.</summary>
    public required string SafetyReason { get; init; }

    /// <summary>The hand-over's reason, for the team, when the customer asks for a person.</summary>
    public required string PersonRequestedReason { get; init; }

    public required string HowCanIHelp { get; init; }

    /// <summary>Asks what the customer needs, listing what the agent can help with.</summary>
    public required Func<string, string> TellMeMore { get; init; }

    /// <summary>What the agent helps with when no plugin is offered.</summary>
    public required string GeneralQuestions { get; init; }

    public required string Goodbye { get; init; }

    /// <summary>The case reached a person, with the hand-over's ticket number.</summary>
    public required Func<string, string> HandedOver { get; init; }

    public required string HandOverFailed { get; init; }

    public required string CannotTransfer { get; init; }

    public required string CannotHelpOfferPerson { get; init; }

    public required string CannotHelp { get; init; }

    /// <summary>Turns down a plate that is none of the customer's cars; the reply follows it.</summary>
    public required Func<string, string> ForeignPlate { get; init; }

    /// <summary>Opens an answer the customer already read once.</summary>
    public required string AsMentioned { get; init; }

    /// <summary>Opens and closes an answer the customer already read twice.</summary>
    public required string NotToRepeat { get; init; }

    public required string AnythingElse { get; init; }

    /// <summary>Offers to come back to the task left open ("reprogramar tu inspección").</summary>
    public required Func<string, string> ComeBack { get; init; }

    private static readonly AgentPhrases Spanish = new()
    {
        SafetyReason = "Seguridad: el cliente reporta una falla peligrosa y necesita a una persona ya.",
        PersonRequestedReason = "El cliente pidió hablar con una persona.",
        HowCanIHelp = "¿En qué puedo ayudarte hoy?",
        TellMeMore = things => $"¿Me cuentas un poco más de lo que necesitas? Puedo ayudarte con {things}.",
        GeneralQuestions = "dudas generales",
        Goodbye = "¡Con gusto! Que tengas un excelente día.",
        HandedOver = ticket => $"Listo: pasé tu caso a una persona de nuestro equipo (ticket {ticket}), que te contactará en breve.",
        HandOverFailed = "No pude registrar el traspaso en este momento; por favor intenta de nuevo en unos minutos.",
        CannotTransfer = "Desde este chat no puedo transferirte con una persona en este momento, pero sigo aquí para ayudarte en lo que pueda.",
        CannotHelpOfferPerson = "Lo siento, eso no lo puedo resolver desde este chat. ¿Quieres que te comunique con una persona de nuestro equipo?",
        CannotHelp = "Lo siento, eso no lo puedo resolver desde este chat; te sugiero comunicarte con nuestro equipo de atención.",
        ForeignPlate = plate => $"Solo puedo consultar los autos de tu cuenta, y la placa {plate} no es de ninguno de ellos. ",
        AsMentioned = "Como te comenté: ",
        NotToRepeat = "Para no repetirme: ",
        AnythingElse = " Si necesitas otra cosa, dime.",
        ComeBack = task => $"Cuando quieras retomamos lo que quedó pendiente: {task}.",
    };

    public static Phrasebook<AgentPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            HowCanIHelp = "¿En qué puedo ayudarle hoy?",
            TellMeMore = things => $"¿Podría contarme un poco más de lo que necesita? Puedo ayudarle con {things}.",
            Goodbye = "Con mucho gusto. Que tenga un excelente día.",
            HandedOver = ticket => $"Listo: pasé su caso a una persona de nuestro equipo (ticket {ticket}), que le contactará en breve.",
            HandOverFailed = "No pude registrar el traspaso en este momento; por favor intente de nuevo en unos minutos.",
            CannotTransfer = "Desde este chat no puedo transferirle con una persona en este momento, pero sigo aquí para ayudarle en lo que pueda.",
            CannotHelpOfferPerson = "Lo lamento, eso no lo puedo resolver desde este chat. ¿Desea que le comunique con una persona de nuestro equipo?",
            CannotHelp = "Lo lamento, eso no lo puedo resolver desde este chat; le sugiero comunicarse con nuestro equipo de atención.",
            ForeignPlate = plate => $"Solo puedo consultar los autos de su cuenta, y la placa {plate} no corresponde a ninguno de ellos. ",
            AsMentioned = "Como le comenté: ",
            AnythingElse = " Si necesita otra cosa, indíquemelo.",
            ComeBack = task => $"Cuando guste retomamos lo que quedó pendiente: {task}.",
        },
        new()
        {
            SafetyReason = "Safety: the customer reports a dangerous failure and needs a person now.",
            PersonRequestedReason = "The customer asked to talk to a person.",
            HowCanIHelp = "How can I help you today?",
            TellMeMore = things => $"Could you tell me a bit more about what you need? I can help with {things}.",
            GeneralQuestions = "general questions",
            Goodbye = "You're welcome! Have a great day.",
            HandedOver = ticket => $"Done: I passed your case to a person from our team (ticket {ticket}), who will contact you shortly.",
            HandOverFailed = "I could not register the hand-over right now; please try again in a few minutes.",
            CannotTransfer = "I can't transfer you to a person from this chat right now, but I'm still here to help with what I can.",
            CannotHelpOfferPerson = "I'm sorry, I can't handle that from this chat. Would you like me to connect you with a person from our team?",
            CannotHelp = "I'm sorry, I can't handle that from this chat; please contact our customer care team.",
            ForeignPlate = plate => $"I can only look up your own cars, and plate {plate} is not one of them. ",
            AsMentioned = "As I mentioned: ",
            NotToRepeat = "Not to repeat myself: ",
            AnythingElse = " If you need something else, tell me.",
            ComeBack = task => $"Whenever you like, we can get back to what was left open: {task}.",
        });
}
