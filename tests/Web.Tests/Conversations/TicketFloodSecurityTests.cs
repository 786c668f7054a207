using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Web.Domain.Tickets;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>
/// A customer who makes every look-up fail cannot make the agent open a ticket each time: tickets from chats are
/// limited per conversation and per customer per hour, and a conversation is handed over once.
/// </summary>
public abstract class TicketFloodTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task A_model_that_opens_a_ticket_on_every_failure_is_held_to_the_limits()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("flood");
        // The model answers every customer message with three new tickets, and every tool result with text.
        App.Model.Fallback = FakeReply.From(request => request.Messages[^1].GetProperty("role").GetString() == "user"
            ? FakeReply.ToolCalls(
                ("Tickets_create_ticket", new { subject = "No encuentro mi auto", description = "Búsqueda fallida.", category = "other" }),
                ("Tickets_create_ticket", new { subject = "No encuentro mi auto", description = "Búsqueda fallida.", category = "other" }),
                ("Tickets_create_ticket", new { subject = "No encuentro mi auto", description = "Búsqueda fallida.", category = "other" }))
            : FakeReply.Text("Abrí otro ticket."));

        var conversations = new List<Guid>();
        for (var chat = 0; chat < 4; chat++)
        {
            var conversation = await ChatClient.StartAsync(customer);
            conversations.Add(conversation.Id);
            for (var message = 0; message < 2; message++)
            {
                await ChatClient.SendAsync(customer, conversation.Id, $"No encuentro la placa ZZZ-00{message}-X");
            }
        }

        var tickets = await App.WithDbAsync(db => db.Set<AgentTicket>().Where(a => a.Ticket!.CustomerId == customer.UserId)
            .Select(a => new { a.ConversationId, a.EscalatedAt }).ToListAsync());
        Assert.Equal(TicketsPlugin.MaxTicketsPerCustomerPerHour, tickets.Count);
        Assert.All(tickets.GroupBy(t => t.ConversationId), perConversation =>
        {
            Assert.InRange(perConversation.Count(), 1, TicketsPlugin.MaxTicketsPerConversation);
            Assert.InRange(perConversation.Count(t => t.EscalatedAt is not null), 0, 1);
        });
        var escalations = await App.WithDbAsync(db => db.ToolCalls
            .Where(c => conversations.Contains(c.ConversationId) && c.Function == "escalate_to_human" && c.Succeeded)
            .GroupBy(c => c.ConversationId).Select(g => g.Count()).ToListAsync());
        Assert.All(escalations, count => Assert.Equal(1, count));
    }
}

public sealed class SqliteTicketFloodSecurityTests(SqliteModelAppFixture app) : TicketFloodTests<SqliteModelAppFixture>(app), IClassFixture<SqliteModelAppFixture>;

public sealed class PostgresTicketFloodSecurityTests(PostgresModelAppFixture app) : TicketFloodTests<PostgresModelAppFixture>(app), IClassFixture<PostgresModelAppFixture>;
