using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tickets;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>
/// The ticket a hand-over opens reads in the customer's language, says what they want and about what (from what the
/// tools looked up, naming the car), carries that topic's category, and the note for staff is in the same language.
/// </summary>
public abstract class HandOverTicketTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task The_hand_over_ticket_is_written_in_the_customers_language_with_a_subject_from_the_conversation()
    {
        RequireDatabase();
        var maria = await App.CustomerAsync("maria");
        var john = await App.CustomerAsync("john");
        await ChatClient.SeedDomainAsync(App, maria.UserId, john.UserId);

        var spanish = await HandOverAsync(maria, "es", "¿Cuándo llega el pago de mi Versa? La placa es PZN-904-E.", "Quiero hablar con una persona, por favor.");
        Assert.Equal("Quiere hablar con una persona sobre el pago de su Versa", spanish.Ticket.Subject);
        Assert.Equal("payout", spanish.Ticket.Category);
        Assert.Equal(TicketStatus.Escalated, spanish.Ticket.Status);
        Assert.Contains("Motivo del traspaso: El cliente pidió hablar con una persona.", spanish.Ticket.Description);
        Assert.Contains("Último mensaje del cliente: “Quiero hablar con una persona, por favor.”", spanish.Ticket.Description);
        Assert.Contains(spanish.Notes, note => note.StartsWith("Caso pasado a una persona del equipo:", StringComparison.Ordinal));
        Assert.DoesNotContain(spanish.Notes, note => note.Contains("Escalat", StringComparison.OrdinalIgnoreCase));

        var english = await HandOverAsync(john, "en", "What is the status of the inspection of my Ranger? The plate is SLB-883-C.", "I would like to talk to a person, please.");
        Assert.Equal("Wants to talk to a person about the inspection of their Ranger", english.Ticket.Subject);
        Assert.Equal("inspection", english.Ticket.Category);
        Assert.Contains("Why it was handed over: The customer asked to talk to a person.", english.Ticket.Description);
        Assert.Contains(english.Notes, note => note.StartsWith("Handed to a person from the team:", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_hand_over_before_any_lookup_says_only_that_a_person_was_asked_for()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("lucia");

        var handedOver = await HandOverAsync(customer, "es", "Hola", "Quiero hablar con una persona");

        Assert.Equal("Quiere hablar con una persona", handedOver.Ticket.Subject);
        Assert.Equal("other", handedOver.Ticket.Category);
    }

    private async Task<(Ticket Ticket, List<string> Notes)> HandOverAsync(SignedInClient customer, string language, string question, string askForPerson)
    {
        var conversation = await ChatClient.StartAsync(customer, language);
        await ChatClient.SendAsync(customer, conversation.Id, question);
        var events = await ChatClient.SendAsync(customer, conversation.Id, askForPerson);
        Assert.Contains(events, e => e.Event == "done" && e.Data.Escalated == true);

        return await App.WithDbAsync(async db =>
        {
            var stored = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation.Id);
            var ticket = await db.Tickets.AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Id == stored.TicketId);
            return (ticket, ticket.Messages.Select(m => m.Body).ToList());
        });
    }
}

public sealed class HandOverTicketSqliteTests(SqliteAppFixture app) : HandOverTicketTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class HandOverTicketPostgresTests(PostgresAppFixture app) : HandOverTicketTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
