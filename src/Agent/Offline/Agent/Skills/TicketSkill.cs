using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Tickets;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>support_ticket: a complaint no plugin resolves (an unknown charge, a billing error) becomes a ticket for the team.</summary>
internal sealed class TicketSkill : IIntentSkill
{
    private const string Create = TicketsPlugin.CreateTicket;
    private const int SubjectLimit = 120;

    public string Intent => ConversationIntents.SupportTicket;

    public string Plugin => TicketsPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [Create];

    public string Capability(AgentTurn turn) => turn.L("levantar un reporte para nuestro equipo", "opening a support ticket for our team");

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is null || !outcome.Is(Plugin, Create))
        {
            var said = turn.Conversation.LatestUserText.Trim();
            return AgentStep.Call(Plugin, Create, CommonReplies.Arguments(
                ("subject", said.Length <= SubjectLimit ? said : said[..SubjectLimit]),
                ("description", $"The customer reports: {said}"),
                ("category", "other")));
        }

        return outcome.Value<TicketSummary>() is { } ticket
            ? AgentStep.Say(turn.L(
                $"Lo siento, entiendo la preocupación. Abrí el reporte {ticket.TicketNumber} para que nuestro equipo revise el caso; te contactará en un día hábil. Si el cargo es en tu tarjeta, también puedes avisarle a tu banco.",
                $"I'm sorry about that. I opened ticket {ticket.TicketNumber} so our team reviews it; they will contact you within one business day. If the charge is on your card, you can also let your bank know.",
                $"Lamento la situación. Abrí el reporte {ticket.TicketNumber} para que nuestro equipo revise el caso; le contactará en un día hábil. Si el cargo es en su tarjeta, también puede avisarle a su banco."), completes: true)
            : CommonReplies.Failure(turn, outcome, turn.L("el reporte", "the ticket"));
    }
}
