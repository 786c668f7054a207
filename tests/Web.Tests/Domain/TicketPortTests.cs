using AgentSupport.Plugins.Tickets;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Domain.Tickets;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using WebTicket = AgentSupport.Web.Tickets.Ticket;
using WebTicketStatus = AgentSupport.Web.Tickets.TicketStatus;

namespace AgentSupport.Web.Tests.Domain;

/// <summary>The Tickets port writes real Tickets and TicketMessages rows, links conversations and escalates.</summary>
public abstract class TicketPortTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    private static readonly DateTimeOffset Opened = new(2025, 6, 2, 15, 30, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Created_ticket_is_an_open_row_linked_to_its_conversation()
    {
        RequireDatabase();
        var (customer, conversation) = await CustomerWithConversationAsync();
        var request = new TicketRequest("Payout not received", "Sold my Versa last week.", TicketCategory.Payout, Opened, conversation.ToString());

        var ticket = await App.WithPortAsync<Ticket, ITicketService>(p => p.CreateTicketAsync(customer, request, default));

        Assert.Matches("^TK-[0-9]+$", ticket.Number);
        Assert.Equal((request, TicketStatus.Open), (ticket.Request, ticket.Status));
        var row = await App.WithDbAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.CustomerId == customer));
        Assert.Equal(("Payout not received", "Sold my Versa last week.", "payout", WebTicketStatus.Open, Opened.UtcDateTime),
            (row.Subject, row.Description, row.Category, row.Status, row.CreatedAt));
        Assert.Equal($"TK-{row.Id}", ticket.Number);
        Assert.Equal(row.Id, await LinkedTicketAsync(conversation));
        var listed = await App.WithPortAsync<Ticket?, ITicketService>(p => p.FindTicketAsync(customer, ticket.Number.ToLowerInvariant(), default));
        Assert.NotNull(listed);
        Assert.Equal(ticket, listed with { Notes = ticket.Notes });
        Assert.Empty(listed.Notes);
    }

    [SkippableFact]
    public async Task A_conversation_already_about_a_ticket_keeps_it_and_that_ticket_reports_the_conversation()
    {
        RequireDatabase();
        var (customer, conversation) = await CustomerWithConversationAsync();
        var staffTicket = await App.WithDbAsync(async db =>
        {
            var ticket = new WebTicket { CustomerId = customer, Subject = "Opened on the web", Description = "From the form", Category = "selling", Status = WebTicketStatus.InProgress };
            db.Tickets.Add(ticket);
            await db.SaveChangesAsync();
            await db.Conversations.Where(c => c.Id == conversation).ExecuteUpdateAsync(set => set.SetProperty(c => c.TicketId, ticket.Id));
            return ticket.Id;
        });

        var agentTicket = await App.WithPortAsync<Ticket, ITicketService>(p =>
            p.CreateTicketAsync(customer, new TicketRequest("Follow-up", "More", TicketCategory.Documents, Opened, conversation.ToString()), default));
        // Both are the conversation's, however old: the staff's through the conversation about it, the agent's through its details.
        var listed = await App.WithPortAsync<IReadOnlyList<Ticket>, ITicketService>(p => p.RecentTicketsAsync(customer, conversation.ToString(), Opened.AddYears(1), default));

        Assert.Equal(2, listed.Count);
        Assert.Equal(staffTicket, await LinkedTicketAsync(conversation));
        var web = listed.Single(t => t.Number == $"TK-{staffTicket}");
        Assert.Equal((conversation.ToString(), TicketCategory.Other, TicketStatus.Open), (web.Request.ConversationId, web.Request.Category, web.Status));
        Assert.Equal(conversation.ToString(), listed.Single(t => t.Number == agentTicket.Number).Request.ConversationId);
    }

    [SkippableFact]
    public async Task Notes_become_assistant_messages_and_escalation_hands_the_ticket_and_its_conversation_to_a_human()
    {
        RequireDatabase();
        var (customer, conversation) = await CustomerWithConversationAsync();
        var other = await App.WithPortAsync<Ticket, ITicketService>(p =>
            p.CreateTicketAsync(customer, new TicketRequest("Earlier", "Earlier topic", TicketCategory.Offer, Opened, conversation.ToString()), default));
        var ticket = await App.WithPortAsync<Ticket, ITicketService>(p =>
            p.CreateTicketAsync(customer, new TicketRequest("Warranty", "Dashboard off", TicketCategory.Warranty, Opened, conversation.ToString()), default));
        Assert.NotEqual(ticket.Number, other.Number);

        var noted = await App.WithPortAsync<Ticket?, ITicketService>(p => p.AddNoteAsync(customer, ticket.Number, new TicketNote("Happens above 80 km/h.", Opened.AddMinutes(5)), default));
        var escalated = await App.WithPortAsync<Ticket?, ITicketService>(p => p.EscalateAsync(customer, ticket.Number, "Customer asks for a person.", Opened.AddMinutes(10), default));
        var again = await App.WithPortAsync<Ticket?, ITicketService>(p => p.EscalateAsync(customer, ticket.Number, "Second request.", Opened.AddMinutes(20), default));

        Assert.Equal([new TicketNote("Happens above 80 km/h.", Opened.AddMinutes(5))], noted!.Notes);
        Assert.Equal((TicketStatus.Escalated, Opened.AddMinutes(10), "Customer asks for a person."), (escalated!.Status, escalated.EscalatedAt, escalated.EscalationReason));
        Assert.Equal(escalated, again! with { Notes = escalated.Notes });
        Assert.Equal(2, again.Notes.Count);
        var ticketId = int.Parse(ticket.Number["TK-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var row = await App.WithDbAsync(db => db.Tickets.AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Id == ticketId));
        Assert.Equal(WebTicketStatus.Escalated, row.Status);
        Assert.All(row.Messages, m => Assert.Equal((EfTicketService.AssistantRole, customer), (m.AuthorRole, m.AuthorId)));
        Assert.Contains("Customer asks for a person.", row.Messages.OrderBy(m => m.Id).Last().Body);
        Assert.Equal(row.Id, await LinkedTicketAsync(conversation));
    }

    [SkippableFact]
    public async Task A_ticket_opened_escalated_is_stored_as_opening_and_escalating_store_it_and_takes_its_conversation()
    {
        RequireDatabase();
        var (customer, conversation) = await CustomerWithConversationAsync();
        var earlier = await App.WithPortAsync<Ticket, ITicketService>(p =>
            p.CreateTicketAsync(customer, new TicketRequest("Earlier", "Earlier topic", TicketCategory.Offer, Opened, conversation.ToString()), default));
        var request = new TicketRequest("Wants a person about the payout", "Payout late.", TicketCategory.Payout, Opened.AddMinutes(3), conversation.ToString());

        var opened = await App.WithPortAsync<Ticket, ITicketService>(p => p.OpenEscalatedAsync(customer, request, "Customer asks for a person.", language: null, default));

        Assert.NotEqual(earlier.Number, opened.Number);
        Assert.Equal((request, TicketStatus.Escalated, Opened.AddMinutes(3), "Customer asks for a person."),
            (opened.Request, opened.Status, opened.EscalatedAt, opened.EscalationReason));
        var note = Assert.Single(opened.Notes);
        Assert.Equal((HandOverText.For("en").EscalationNote("Customer asks for a person."), Opened.AddMinutes(3)), (note.Text, note.At));
        var found = await App.WithPortAsync<Ticket?, ITicketService>(p => p.FindTicketAsync(customer, opened.Number, default));
        Assert.Equal(opened, found! with { Notes = opened.Notes });
        Assert.Equal(opened.Notes, found.Notes);
        var ticketId = int.Parse(opened.Number["TK-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var row = await App.WithDbAsync(db => db.Tickets.AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Id == ticketId));
        Assert.Equal((WebTicketStatus.Escalated, "payout"), (row.Status, row.Category));
        Assert.Equal((EfTicketService.AssistantRole, customer), (row.Messages.Single().AuthorRole, row.Messages.Single().AuthorId));
        // The human picks the conversation up from the escalated ticket, even though it was about another one.
        Assert.Equal(row.Id, await LinkedTicketAsync(conversation));
    }

    [SkippableFact]
    public async Task A_ticket_opened_escalated_never_links_another_customers_conversation()
    {
        RequireDatabase();
        var (customer, _) = await CustomerWithConversationAsync();
        var (_, othersConversation) = await CustomerWithConversationAsync(language: "es");

        var opened = await App.WithPortAsync<Ticket, ITicketService>(p =>
            p.OpenEscalatedAsync(customer, new TicketRequest("Person", "Wants a person.", TicketCategory.Other, Opened, othersConversation.ToString()), "Asked for a person.", language: null, default));

        Assert.Equal(TicketStatus.Escalated, opened.Status);
        Assert.Null(await LinkedTicketAsync(othersConversation));
        // Not even the other conversation's language (Spanish) is read: the note is in the default language.
        Assert.Equal(HandOverText.For(null).EscalationNote("Asked for a person."), Assert.Single(opened.Notes).Text);
        Assert.NotEqual(HandOverText.For("es").EscalationNote("Asked for a person."), Assert.Single(opened.Notes).Text);
    }

    [SkippableFact]
    public async Task A_ticket_opened_escalated_writes_its_note_in_the_language_the_caller_read()
    {
        RequireDatabase();
        var (customer, conversation) = await CustomerWithConversationAsync();
        var request = new TicketRequest("Quiere hablar con una persona", "Pago atrasado.", TicketCategory.Payout, Opened, conversation.ToString());

        // The conversation is in English; the language given (as a hand-over's draft gives it) is the one used.
        var opened = await App.WithPortAsync<Ticket, ITicketService>(p => p.OpenEscalatedAsync(customer, request, "Pidió una persona.", "es", default));

        Assert.Equal(HandOverText.For("es").EscalationNote("Pidió una persona."), Assert.Single(opened.Notes).Text);
    }

    [SkippableFact]
    public async Task Recent_tickets_are_the_conversations_own_and_those_chats_opened_since_never_the_whole_history()
    {
        RequireDatabase();
        var (customer, conversation) = await CustomerWithConversationAsync();
        var (_, otherChat) = await CustomerWithConversationAsync();
        var (someoneElse, theirChat) = await CustomerWithConversationAsync();
        Task<Ticket> Open(Guid who, string subject, DateTimeOffset at, Guid? from) => App.WithPortAsync<Ticket, ITicketService>(p =>
            p.CreateTicketAsync(who, new TicketRequest(subject, "details", TicketCategory.Other, at, from?.ToString()), default));
        var ownOld = await Open(customer, "this chat, last month", Opened.AddMonths(-1), conversation);
        await Open(customer, "another chat, last month", Opened.AddMonths(-1), otherChat);
        var otherRecent = await Open(customer, "another chat, just now", Opened.AddMinutes(-10), otherChat);
        await Open(customer, "opened by staff, just now", Opened.AddMinutes(-5), from: null);
        await Open(someoneElse, "someone else's chat, just now", Opened.AddMinutes(-5), theirChat);

        var recent = await App.WithPortAsync<IReadOnlyList<Ticket>, ITicketService>(p => p.RecentTicketsAsync(customer, conversation.ToString(), Opened.AddHours(-1), default));
        var outsideAnyChat = await App.WithPortAsync<IReadOnlyList<Ticket>, ITicketService>(p => p.RecentTicketsAsync(customer, null, Opened.AddHours(-1), default));
        var unknownChat = await App.WithPortAsync<IReadOnlyList<Ticket>, ITicketService>(p => p.RecentTicketsAsync(customer, "not-a-conversation", Opened.AddYears(1), default));

        Assert.Equal([ownOld.Number, otherRecent.Number], recent.Select(t => t.Number));
        Assert.Equal([otherRecent.Number], outsideAnyChat.Select(t => t.Number));
        // The staff's ticket has no conversation; an id that names none must not match it.
        Assert.Empty(unknownChat);
    }

    [SkippableFact]
    public async Task Another_customers_ticket_is_not_found_by_its_number()
    {
        RequireDatabase();
        var (customer, _) = await CustomerWithConversationAsync();
        var (someoneElse, _) = await CustomerWithConversationAsync();
        var theirs = await App.WithPortAsync<Ticket, ITicketService>(p =>
            p.CreateTicketAsync(someoneElse, new TicketRequest("Theirs", "details", TicketCategory.Other, Opened), default));

        Assert.Null(await App.WithPortAsync<Ticket?, ITicketService>(p => p.FindTicketAsync(customer, theirs.Number, default)));
        Assert.NotNull(await App.WithPortAsync<Ticket?, ITicketService>(p => p.FindTicketAsync(someoneElse, theirs.Number, default)));
    }

    [SkippableFact]
    public async Task Unknown_or_malformed_ticket_numbers_find_nothing()
    {
        RequireDatabase();
        var (customer, _) = await CustomerWithConversationAsync();
        foreach (var number in new[] { "TK-999999", "#1", "1", "OF-1", "" })
        {
            Assert.Null(await App.WithPortAsync<Ticket?, ITicketService>(p => p.FindTicketAsync(customer, number, default)));
            Assert.Null(await App.WithPortAsync<Ticket?, ITicketService>(p => p.AddNoteAsync(customer, number, new TicketNote("x", Opened), default)));
            Assert.Null(await App.WithPortAsync<Ticket?, ITicketService>(p => p.EscalateAsync(customer, number, "x", Opened, default)));
        }
    }

    private async Task<(Guid Customer, Guid Conversation)> CustomerWithConversationAsync(string language = "en") =>
        await App.WithDbAsync(async db =>
        {
            var customer = await DomainTestData.AddCustomerAsync(db);
            var conversation = new Conversation
            {
                CustomerId = customer, Context = "general", Channel = "chat", Language = language, Tone = "friendly", PromptId = "customer-agent", PromptVersion = 1,
            };
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync();
            return (customer, conversation.Id);
        });

    private Task<int?> LinkedTicketAsync(Guid conversation) =>
        App.WithDbAsync(async db => (await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation)).TicketId);
}

public sealed class TicketPortSqliteTests(SqliteAppFixture app) : TicketPortTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class TicketPortPostgresTests(PostgresAppFixture app) : TicketPortTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
