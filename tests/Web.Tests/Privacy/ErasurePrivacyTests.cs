using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Domain.Payouts;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Ui.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Privacy;

/// <summary>
/// A customer asks for erasure and an admin approves: everything tied to them is erased or anonymised, the dashboard's
/// figures do not move, the other customer's data is untouched; a rejection needs a reason. Every step is recorded.
/// </summary>
public abstract class ErasurePrivacyTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    private const string Clabe = "002180012345678906";

    [SkippableFact]
    public async Task An_approved_erasure_erases_the_customer_everywhere_keeps_the_metrics_and_touches_nobody_else()
    {
        RequireDatabase();
        var maria = await App.CustomerAsync("maria");
        var john = await App.CustomerAsync("john");
        var admin = await App.AdminAsync();
        await ChatClient.SeedDomainAsync(App, maria.UserId, john.UserId);
        var mariaTicket = await PrivacyData.OpenTicketAsync(maria, "Pago de mi CX-5", $"Depositen a la CLABE {Clabe}");
        var johnTicket = await PrivacyData.OpenTicketAsync(john, "Warranty of my Mazda 3", "The electrical fault is back");
        var mariaChat = await ChatClient.StartAsync(maria, language: "es");
        await ChatClient.SendAsync(maria, mariaChat.Id, $"¿Cuándo me pagan? Mi CLABE es {Clabe}");
        (await maria.Http.PostAsJsonAsync($"/api/conversations/{mariaChat.Id}/rating", new { csat = 2, comment = "Soy María, tardan mucho" })).EnsureSuccessStatusCode();
        var johnChat = await ChatClient.StartAsync(john, language: "en");
        await ChatClient.SendAsync(john, johnChat.Id, "Is the electrical fault of my Mazda 3 covered?");
        (await john.Http.PostAsJsonAsync($"/api/conversations/{johnChat.Id}/rating", new { csat = 5, comment = "Great help" })).EnsureSuccessStatusCode();
        var johnBefore = await ExportAsync(john);
        var metricsBefore = await MetricsAsync();
        var counts = await CountsAsync();

        var requested = await maria.Http.PostAsync("/api/privacy/me/erasure", null);
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var request = (await requested.Content.ReadFromJsonAsync<ErasureRequestResponse>())!;
        Assert.Equal(ErasureStatus.Pending, request.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await maria.Http.PostAsync("/api/privacy/me/erasure", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await maria.Http.PostAsync($"/api/privacy/erasure-requests/{request.Id}/approve", null)).StatusCode);
        var pending = (await admin.Http.GetFromJsonAsync<List<ErasureRequestResponse>>("/api/privacy/erasure-requests?status=pending"))!;
        Assert.Equal(maria.Email, Assert.Single(pending).CustomerEmail);

        var approved = await admin.Http.PostAsync($"/api/privacy/erasure-requests/{request.Id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Http.PostAsync($"/api/privacy/erasure-requests/{request.Id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.PostAsync("/api/privacy/erasure-requests/999999/approve", null)).StatusCode);

        // Nothing of María is left that names her or carries what she wrote.
        var account = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == maria.UserId));
        Assert.Equal(Roles.Erased, account.Role);
        Assert.DoesNotContain("maria", account.Email, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ConversationAnonymiser.ErasedText, account.DisplayName);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await App.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = maria.Email, password = "Passw0rd!x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maria.Http.GetAsync("/api/privacy/me/data")).StatusCode);
        var conversation = await App.WithDbAsync(db => db.Conversations.AsNoTracking().Include(c => c.Messages).SingleAsync(c => c.Id == mariaChat.Id));
        Assert.Null(conversation.CustomerId);
        Assert.Null(conversation.RatingComment);
        Assert.Equal((double?)2, conversation.Csat);
        Assert.All(conversation.Messages, m => Assert.Equal(ConversationAnonymiser.ErasedText, m.Text));
        var ticket = await App.WithDbAsync(db => db.Tickets.AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Id == mariaTicket));
        Assert.Equal(ConversationAnonymiser.ErasedText, ticket.Subject);
        Assert.Equal(ConversationAnonymiser.ErasedText, ticket.Description);
        Assert.All(ticket.Messages, m => Assert.Equal(ConversationAnonymiser.ErasedText, m.Body));
        Assert.Null(await App.WithDbAsync(db => db.Set<SellerPayout>().Where(p => p.CustomerId == maria.UserId).Select(p => p.BankAccountLast4).FirstAsync()));
        Assert.False(await App.WithDbAsync(db => db.ConversationMessages.AnyAsync(m => m.Text.Contains(Clabe))));
        Assert.False(await App.WithDbAsync(db => db.Set<PrivacyAuditEntry>().AnyAsync(e => e.Actor == maria.Email)));

        // The business keeps its records and the dashboard its figures; John's data is exactly what it was.
        Assert.Equal(counts, await CountsAsync());
        var metricsAfter = await MetricsAsync();
        Assert.Equal(metricsBefore.ByContext, metricsAfter.ByContext);
        Assert.Equal(metricsBefore.ByChannel, metricsAfter.ByChannel);
        var johnAfter = await ExportAsync(john);
        Assert.Equal(johnBefore with { ExportedAt = default, ErasureRequests = [] }, johnAfter with { ExportedAt = default, ErasureRequests = [] },
            new CustomerDataComparer());
        Assert.Equal("Warranty of my Mazda 3", johnAfter.Tickets.Single(t => t.Id == johnTicket).Subject);

        var trail = (await admin.Http.GetFromJsonAsync<List<PrivacyAuditResponse>>($"/api/privacy/audit?customerId={maria.UserId}"))!;
        Assert.Equal([PrivacyActions.ErasureApproved, PrivacyActions.ErasureRequested], trail.Select(e => e.Action));
        Assert.Equal(admin.Email, trail[0].Actor);
        Assert.Equal(account.Email, trail[1].Actor);
    }

    [SkippableFact]
    public async Task A_rejection_needs_a_reason_erases_nothing_and_the_customer_may_ask_again()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("ana");
        var admin = await App.AdminAsync();
        var chat = await ChatClient.StartAsync(customer, language: "es");
        await ChatClient.SendAsync(customer, chat.Id, $"Mi CLABE es {Clabe}");
        var request = (await (await customer.Http.PostAsync("/api/privacy/me/erasure", null)).Content.ReadFromJsonAsync<ErasureRequestResponse>())!;

        var noReason = await admin.Http.PostAsJsonAsync($"/api/privacy/erasure-requests/{request.Id}/reject", new { reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("application/problem+json", noReason.Content.Headers.ContentType?.MediaType);
        var rejected = await admin.Http.PostAsJsonAsync($"/api/privacy/erasure-requests/{request.Id}/reject", new { reason = "Open credit: records kept by law" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict,
            (await admin.Http.PostAsync($"/api/privacy/erasure-requests/{request.Id}/approve", null)).StatusCode);

        var own = (await customer.Http.GetFromJsonAsync<List<ErasureRequestResponse>>("/api/privacy/me/erasure"))!;
        var decided = Assert.Single(own);
        Assert.Equal(ErasureStatus.Rejected, decided.Status);
        Assert.Equal("Open credit: records kept by law", decided.RejectionReason);
        Assert.Null(decided.DecidedBy);
        var data = await ExportAsync(customer);
        Assert.Equal($"Mi CLABE es {Clabe}", data.Conversations.Single().Messages[0].Text);
        var trail = (await admin.Http.GetFromJsonAsync<List<PrivacyAuditResponse>>($"/api/privacy/audit?customerId={customer.UserId}&action={PrivacyActions.ErasureRejected}"))!;
        Assert.Equal("Open credit: records kept by law", Assert.Single(trail).Reason);
        Assert.Equal(HttpStatusCode.Created, (await customer.Http.PostAsync("/api/privacy/me/erasure", null)).StatusCode);
    }

    private static async Task<CustomerData> ExportAsync(SignedInClient customer) =>
        (await customer.Http.GetFromJsonAsync<CustomerData>("/api/privacy/me/data"))!;

    private async Task<LiveMetricsReport> MetricsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LiveMetrics>().LoadAsync(7, CancellationToken.None);
    }

    private Task<(int Users, int Tickets, int Conversations, int Messages, int Payouts, long? Tokens)> CountsAsync() =>
        App.WithDbAsync(async db => (await db.Users.CountAsync(), await db.Tickets.CountAsync(), await db.Conversations.CountAsync(),
            await db.ConversationMessages.CountAsync(), await db.Set<SellerPayout>().CountAsync(), await db.ConversationMessages.SumAsync(m => m.OutputTokens)));

    /// <summary>Records with lists compare by reference; compare their JSON instead.</summary>
    private sealed class CustomerDataComparer : IEqualityComparer<CustomerData>
    {
        public bool Equals(CustomerData? x, CustomerData? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(CustomerData obj) => 0;
    }
}

public sealed class ErasureSqlitePrivacyTests(SqliteAppFixture app) : ErasurePrivacyTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class ErasurePostgresPrivacyTests(PostgresAppFixture app) : ErasurePrivacyTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
