namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="TicketSkill"/> words a ticket it opened.</summary>
internal sealed record TicketPhrases
{
    public required string Capability { get; init; }

    /// <summary>What failed when the ticket could not be opened.</summary>
    public required string TheTicket { get; init; }

    /// <summary>The ticket was opened, with its number.</summary>
    public required Func<string, string> Opened { get; init; }

    private static readonly TicketPhrases Spanish = new()
    {
        Capability = "levantar un reporte para nuestro equipo",
        TheTicket = "el reporte",
        Opened = ticket => $"Lo siento, entiendo la preocupación. Abrí el reporte {ticket} para que nuestro equipo revise el caso; te contactará en un día hábil. Si el cargo es en tu tarjeta, también puedes avisarle a tu banco.",
    };

    public static Phrasebook<TicketPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            Opened = ticket => $"Lamento la situación. Abrí el reporte {ticket} para que nuestro equipo revise el caso; le contactará en un día hábil. Si el cargo es en su tarjeta, también puede avisarle a su banco.",
        },
        new()
        {
            Capability = "opening a support ticket for our team",
            TheTicket = "the ticket",
            Opened = ticket => $"I'm sorry about that. I opened ticket {ticket} so our team reviews it; they will contact you within one business day. If the charge is on your card, you can also let your bank know.",
        });
}
