using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Privacy;

public abstract class AuditedReadPrivacyTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Admin_reads_and_exports_are_recorded_and_a_customer_reading_their_own_data_is_not()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var admin = await App.AdminAsync();
        var conversation = await ChatClient.StartAsync(customer, language: "es");
        var created = await customer.Http.PostAsJsonAsync("/api/tickets", new { subject = "Pago de mi auto", description = "No me ha llegado el pago", category = "payout" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ticketId = (await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<int>();

        (await customer.Http.GetAsync($"/api/conversations/{conversation.Id}")).EnsureSuccessStatusCode();
        (await customer.Http.GetAsync($"/api/tickets/{ticketId}")).EnsureSuccessStatusCode();
        Assert.Empty((await AuditAsync(admin, customer.UserId))!);

        (await admin.Http.GetAsync($"/api/conversations/{conversation.Id}")).EnsureSuccessStatusCode();
        (await admin.Http.GetAsync($"/api/tickets/{ticketId}")).EnsureSuccessStatusCode();
        (await admin.Http.GetAsync("/api/conversations/export.jsonl")).EnsureSuccessStatusCode();

        var entries = (await AuditAsync(admin, customer.UserId))!;
        Assert.Equal([PrivacyActions.ReadTicket, PrivacyActions.ReadConversation], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(admin.Email, e.Actor));
        Assert.Equal([$"ticket {ticketId}", $"conversation {conversation.Id}"], entries.Select(e => e.Subject));
        var all = (await admin.Http.GetFromJsonAsync<List<PrivacyAuditResponse>>("/api/privacy/audit"))!;
        Assert.Equal(PrivacyActions.Export, all[0].Action);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.Http.GetAsync("/api/privacy/audit")).StatusCode);
    }

    private static Task<List<PrivacyAuditResponse>?> AuditAsync(SignedInClient admin, Guid customerId) =>
        admin.Http.GetFromJsonAsync<List<PrivacyAuditResponse>>($"/api/privacy/audit?customerId={customerId}");
}

public sealed class AuditedReadSqlitePrivacyTests(SqliteAppFixture app) : AuditedReadPrivacyTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class AuditedReadPostgresPrivacyTests(PostgresAppFixture app) : AuditedReadPrivacyTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
