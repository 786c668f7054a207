using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Ui.Privacy;

namespace AgentSupport.Web.Tests.Privacy;

/// <summary>A customer downloads everything stored about them (API and portal); an admin can produce it for them; both are recorded.</summary>
public abstract class DataAccessPrivacyTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task A_customer_downloads_all_their_data_and_nothing_of_anyone_else()
    {
        RequireDatabase();
        var maria = await App.CustomerAsync("maria");
        var john = await App.CustomerAsync("john");
        var admin = await App.AdminAsync();
        await ChatClient.SeedDomainAsync(App, maria.UserId, john.UserId);
        var mariaTicket = await PrivacyData.OpenTicketAsync(maria, "Pago de mi CX-5");
        await PrivacyData.OpenTicketAsync(john, "Warranty of my Mazda 3");
        var mariaChat = await ChatClient.StartAsync(maria, language: "es");
        await ChatClient.SendAsync(maria, mariaChat.Id, "¿Cuándo me pagan mi auto? Mi CLABE es 002180012345678906");
        var johnChat = await ChatClient.StartAsync(john, language: "en");
        await ChatClient.SendAsync(john, johnChat.Id, "When do I get paid? My phone is 55 8765 4321");

        var response = await maria.Http.GetAsync("/api/privacy/me/data");
        response.EnsureSuccessStatusCode();
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var raw = await response.Content.ReadAsStringAsync();
        var data = (await response.Content.ReadFromJsonAsync<CustomerData>())!;

        Assert.Equal(maria.Email, data.Account.Email);
        Assert.Equal([mariaTicket], data.Tickets.Select(t => t.Id));
        var conversation = Assert.Single(data.Conversations);
        Assert.Equal(mariaChat.Id, conversation.Id);
        // Their own data comes back as they gave it: unredacted.
        Assert.Equal("¿Cuándo me pagan mi auto? Mi CLABE es 002180012345678906", conversation.Messages[0].Text);
        Assert.Equal(["MLR-527-C", "RTK-318-A"], data.Cars.Select(c => c.Plate).Order());
        Assert.NotEmpty(data.Payouts);
        Assert.NotEmpty(data.Inspections);
        Assert.DoesNotContain(john.Email, raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Mazda 3", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("RHK-604-A", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("8765 4321", raw, StringComparison.Ordinal);

        var produced = await admin.Http.GetFromJsonAsync<CustomerData>($"/api/privacy/customers/{maria.UserId}/data");
        Assert.Equal(data.Account, produced!.Account);
        Assert.Equal(data.Conversations.Select(c => c.Id), produced.Conversations.Select(c => c.Id));

        var audit = (await admin.Http.GetFromJsonAsync<List<PrivacyAuditResponse>>(
            $"/api/privacy/audit?customerId={maria.UserId}&action={PrivacyActions.DataExport}"))!;
        Assert.Equal([admin.Email, maria.Email], audit.Select(e => e.Actor));
        Assert.All(audit, e => Assert.Equal($"customer data {maria.UserId}", e.Subject));
    }

    [SkippableFact]
    public async Task Only_the_customer_and_admins_get_a_customers_data()
    {
        RequireDatabase();
        var maria = await App.CustomerAsync("maria");
        var john = await App.CustomerAsync("john");
        var admin = await App.AdminAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await john.Http.GetAsync($"/api/privacy/customers/{maria.UserId}/data")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.GetAsync("/api/privacy/me/data")).StatusCode);
        var missing = await admin.Http.GetAsync($"/api/privacy/customers/{Guid.NewGuid()}/data");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var notACustomer = await admin.Http.GetAsync($"/api/privacy/customers/{admin.UserId}/data");
        Assert.Equal(HttpStatusCode.NotFound, notACustomer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync("/api/privacy/me/data")).StatusCode);
    }

    [SkippableFact]
    public async Task The_portal_download_is_the_signed_in_customers_data_and_is_recorded()
    {
        RequireDatabase();
        var maria = await App.CustomerAsync("maria");
        await PrivacyData.OpenTicketAsync(maria, "Cita para inspección");
        var admin = await App.AdminAsync();
        var browser = await UiSession.SignInAsync(App, maria.Email, "Passw0rd!x");

        var response = await browser.GetAsync(PrivacyDownloads.OwnData);

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var data = (await response.Content.ReadFromJsonAsync<CustomerData>())!;
        Assert.Equal(maria.UserId, data.Account.Id);
        Assert.Equal(["Cita para inspección"], data.Tickets.Select(t => t.Subject));
        var audit = (await admin.Http.GetFromJsonAsync<List<PrivacyAuditResponse>>($"/api/privacy/audit?customerId={maria.UserId}"))!;
        Assert.Equal(PrivacyActions.DataExport, Assert.Single(audit).Action);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UiAnonymous().GetAsync(PrivacyDownloads.OwnData)).StatusCode);
    }

    private HttpClient UiAnonymous() => App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>What the privacy tests set up through the API.</summary>
public static class PrivacyData
{
    public static async Task<int> OpenTicketAsync(SignedInClient customer, string subject, string description = "Necesito ayuda con esto, por favor")
    {
        var created = await customer.Http.PostAsJsonAsync("/api/tickets", new { subject, description, category = "payout" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<int>();
    }
}

public sealed class DataAccessSqlitePrivacyTests(SqliteAppFixture app) : DataAccessPrivacyTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class DataAccessPostgresPrivacyTests(PostgresAppFixture app) : DataAccessPrivacyTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
