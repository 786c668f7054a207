using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tickets;

namespace AgentSupport.Web.Tests.Tickets;

public abstract class TicketFlowTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Register_login_me_create_ticket_add_message_and_list()
    {
        RequireDatabase();
        var http = App.CreateClient();
        var email = $"flow-{Guid.NewGuid():N}@example.com";

        var register = await http.PostAsJsonAsync("/api/auth/register", new { email, password = "Sup3rSecret", displayName = "Flow Tester" });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        var registered = await register.Content.ReadFromJsonAsync<UserResponse>();
        Assert.Equal(Roles.Customer, registered!.Role);

        var customer = await App.SignInAsync(email.ToUpperInvariant(), "Sup3rSecret");
        var me = await customer.Http.GetFromJsonAsync<UserResponse>("/api/auth/me");
        Assert.Equal(email, me!.Email);
        Assert.Equal("Flow Tester", me.DisplayName);

        var created = await customer.Http.PostAsJsonAsync("/api/tickets",
            new { subject = "Payout not received", description = "I sold my car last week.", category = "payout" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ticket = (await created.Content.ReadFromJsonAsync<TicketResponse>())!;
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Equal(customer.UserId, ticket.CustomerId);
        Assert.Equal($"/api/tickets/{ticket.Id}", created.Headers.Location!.OriginalString);

        var message = await customer.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/messages", new { body = "Any news?" });
        Assert.Equal(HttpStatusCode.Created, message.StatusCode);

        var messages = await customer.Http.GetFromJsonAsync<List<TicketMessageResponse>>($"/api/tickets/{ticket.Id}/messages");
        Assert.Equal("Any news?", Assert.Single(messages!).Body);

        var list = await customer.Http.GetFromJsonAsync<Page<TicketResponse>>("/api/tickets");
        Assert.Equal(ticket.Id, Assert.Single(list!.Items).Id);
        Assert.Equal(1, list.Total);
    }

    [SkippableFact]
    public async Task Admin_lists_all_tickets_filters_by_status_and_customer_and_pages()
    {
        RequireDatabase();
        var alice = await App.CustomerAsync("alice");
        var bob = await App.CustomerAsync("bob");
        var admin = await App.AdminAsync();
        for (var i = 0; i < 3; i++) await CreateTicketAsync(alice, $"Alice ticket {i}");
        var bobTicket = await CreateTicketAsync(bob, "Bob ticket");

        var closed = await admin.Http.PutAsJsonAsync($"/api/tickets/{bobTicket.Id}/status", new { status = TicketStatus.Resolved });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var aliceOnly = await admin.Http.GetFromJsonAsync<Page<TicketResponse>>($"/api/tickets?customerId={alice.UserId}&pageSize=2&page=2");
        Assert.Equal(3, aliceOnly!.Total);
        Assert.Single(aliceOnly.Items);
        Assert.All(aliceOnly.Items, t => Assert.Equal(alice.UserId, t.CustomerId));

        var resolved = await admin.Http.GetFromJsonAsync<Page<TicketResponse>>($"/api/tickets?status={TicketStatus.Resolved}&customerId={bob.UserId}");
        Assert.Equal(bobTicket.Id, Assert.Single(resolved!.Items).Id);

        // A customer's customerId filter cannot widen the list to someone else's tickets.
        var sneaky = await alice.Http.GetFromJsonAsync<Page<TicketResponse>>($"/api/tickets?customerId={bob.UserId}");
        Assert.All(sneaky!.Items, t => Assert.Equal(alice.UserId, t.CustomerId));
    }

    [SkippableFact]
    public async Task Customer_may_close_own_ticket_but_not_set_other_statuses()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var ticket = await CreateTicketAsync(customer, "Close me");

        var escalate = await customer.Http.PutAsJsonAsync($"/api/tickets/{ticket.Id}/status", new { status = TicketStatus.Resolved });
        Assert.Equal(HttpStatusCode.Forbidden, escalate.StatusCode);
        Assert.Equal("application/problem+json", escalate.Content.Headers.ContentType!.MediaType);

        var close = await customer.Http.PutAsJsonAsync($"/api/tickets/{ticket.Id}/status", new { status = TicketStatus.Closed });
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal(TicketStatus.Closed, (await close.Content.ReadFromJsonAsync<TicketResponse>())!.Status);
    }

    internal static async Task<TicketResponse> CreateTicketAsync(SignedInClient client, string subject)
    {
        var response = await client.Http.PostAsJsonAsync("/api/tickets", new { subject, description = "Details", category = "other" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
    }
}

public sealed class TicketFlowSqliteTests(SqliteAppFixture app) : TicketFlowTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class TicketFlowPostgresTests(PostgresAppFixture app) : TicketFlowTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
