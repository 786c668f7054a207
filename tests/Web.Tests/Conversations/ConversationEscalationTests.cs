using System.Net;
using System.Net.Http.Json;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>A customer who asks for a person gets one, whatever tools the serving prompt version enables.</summary>
public sealed class ConversationEscalationTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Escalating_hands_the_conversation_to_a_person_even_when_the_prompt_disables_tickets()
    {
        var store = app.Services.GetRequiredService<FilePromptStore>();
        var production = store.Resolve(ChatPromptId);
        var withoutTickets = store.CreateVersion(ChatPromptId, new PromptEdit
        {
            Author = "tests", Parent = production.Number, Description = "No ticket tool",
            Policy = production.Policy with { EnabledTools = [.. production.Policy.EnabledTools.Where(t => t != "Tickets")] },
        });
        store.MoveLabel(ChatPromptId, PromptLabels.Production, withoutTickets.Number, by: "tests", reason: "escalation test");

        var customer = await app.CustomerAsync();
        var other = await app.CustomerAsync();
        var conversation = await ChatClient.StartAsync(customer);
        Assert.Equal(withoutTickets.Number, conversation.PromptVersion);
        await ChatClient.SendAsync(customer, conversation.Id, "Quiero hablar con una persona");

        Assert.Equal(HttpStatusCode.NotFound,
            (await other.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/escalate", new { reason = "not mine" })).StatusCode);

        var response = await customer.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/escalate", new { reason = "Needs a person" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var escalation = (await response.Content.ReadFromJsonAsync<EscalationResponse>())!;
        Assert.Equal(ConversationStatus.Escalated, escalation.Conversation.Status);
        Assert.StartsWith("TK-", escalation.TicketNumber);

        var (ticketStatus, linked) = await app.WithDbAsync(async db =>
        {
            var stored = await db.Conversations.SingleAsync(c => c.Id == conversation.Id);
            var ticket = await db.Tickets.SingleAsync(t => t.Id == stored.TicketId);
            return (ticket.Status, ticket.CustomerId == customer.UserId);
        });
        Assert.Equal(TicketStatus.Escalated, ticketStatus);
        Assert.True(linked);
    }

    private const string ChatPromptId = AgentSupport.Web.Prompts.ChatPrompt.AgentPromptId;
}
