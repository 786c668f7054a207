using AgentSupport.Plugins.Tickets;

namespace AgentSupport.Web.Domain.Tickets;

/// <summary>
/// The words of a hand-over ticket in the conversation's language, written about the customer in the third person
/// for the person who takes the case: "Quiere hablar con una persona sobre el pago de su Versa".
/// </summary>
public sealed record HandOverText
{
    public static HandOverText For(string? language) => language == "es" ? Spanish : English;

    public required Func<string, string> AsksForPersonAbout { get; init; }
    public required string AsksForPerson { get; init; }
    public required Func<string, string> NeedsPersonFor { get; init; }
    public required string NeedsPerson { get; init; }
    public required Func<string, string> Reason { get; init; }
    public required Func<string, string> LastMessage { get; init; }
    public required Func<string, string> EscalationNote { get; init; }
    /// <summary>What the case is about, by ticket category, with the car's name when known.</summary>
    public required Func<TicketCategory, string?, string?> Topic { get; init; }

    public static HandOverText Spanish { get; } = new()
    {
        AsksForPersonAbout = topic => $"Quiere hablar con una persona sobre {topic}",
        AsksForPerson = "Quiere hablar con una persona",
        NeedsPersonFor = topic => $"Necesita que una persona lo atienda con {topic}",
        NeedsPerson = "Necesita que una persona lo atienda",
        Reason = reason => $"Motivo del traspaso: {reason}",
        LastMessage = text => $"Último mensaje del cliente: “{text}”",
        EscalationNote = reason => $"Caso pasado a una persona del equipo: {reason}",
        Topic = (category, car) => (category, car) switch
        {
            (TicketCategory.Offer, { } c) => $"la oferta por su {c}",
            (TicketCategory.Offer, null) => "su oferta",
            (TicketCategory.Inspection, { } c) => $"la inspección de su {c}",
            (TicketCategory.Inspection, null) => "su inspección",
            (TicketCategory.Payout, { } c) => $"el pago de su {c}",
            (TicketCategory.Payout, null) => "su pago",
            (TicketCategory.Credit, _) => "un crédito",
            (TicketCategory.Warranty, { } c) => $"la garantía de su {c}",
            (TicketCategory.Warranty, null) => "su garantía",
            (TicketCategory.Documents, _) => "sus documentos",
            (TicketCategory.Appointment, _) => "una cita",
            _ => null,
        },
    };

    public static HandOverText English { get; } = new()
    {
        AsksForPersonAbout = topic => $"Wants to talk to a person about {topic}",
        AsksForPerson = "Wants to talk to a person",
        NeedsPersonFor = topic => $"Needs a person's help with {topic}",
        NeedsPerson = "Needs a person's help",
        Reason = reason => $"Why it was handed over: {reason}",
        LastMessage = text => $"The customer's last message: “{text}”",
        EscalationNote = reason => $"Handed to a person from the team: {reason}",
        Topic = (category, car) => (category, car) switch
        {
            (TicketCategory.Offer, { } c) => $"the offer for their {c}",
            (TicketCategory.Offer, null) => "their offer",
            (TicketCategory.Inspection, { } c) => $"the inspection of their {c}",
            (TicketCategory.Inspection, null) => "their inspection",
            (TicketCategory.Payout, { } c) => $"the payout for their {c}",
            (TicketCategory.Payout, null) => "their payout",
            (TicketCategory.Credit, _) => "a car loan",
            (TicketCategory.Warranty, { } c) => $"the warranty of their {c}",
            (TicketCategory.Warranty, null) => "their warranty",
            (TicketCategory.Documents, _) => "their documents",
            (TicketCategory.Appointment, _) => "an appointment",
            _ => null,
        },
    };
}
