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

    public string Capability(AgentTurn turn) => TicketPhrases.Book.For(turn).Capability;

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

        var say = TicketPhrases.Book.For(turn);
        return outcome.Value<TicketSummary>() is { } ticket
            ? AgentStep.Say(say.Opened(ticket.TicketNumber), completes: true)
            : CommonReplies.Failure(turn, outcome, say.TheTicket);
    }
}
