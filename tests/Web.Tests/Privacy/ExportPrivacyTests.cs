using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tests.Workbench;

namespace AgentSupport.Web.Tests.Privacy;

public abstract class ExportPrivacyTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    private const string Clabe = "002180012345678906";
    private const string Phone = "55 1234 5678";

    [SkippableFact]
    public async Task The_agent_keeps_what_the_customer_wrote_and_the_export_carries_placeholders()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var admin = await App.AdminAsync();
        var conversation = await ChatClient.StartAsync(customer, language: "es");
        var said = $"Mi CLABE es {Clabe} y mi celular {Phone}, el auto es PZN-904-E";
        await ChatClient.SendAsync(customer, conversation.Id, said);

        var stored = await customer.Http.GetFromJsonAsync<ConversationDetail>($"/api/conversations/{conversation.Id}");
        Assert.Equal(said, stored!.Messages[0].Text);
        var export = await admin.Http.GetStringAsync("/api/conversations/export.jsonl");
        var line = Assert.Single(export.Split('\n'), l => l.Contains(conversation.Id.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(Clabe, line, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, line, StringComparison.Ordinal);
        Assert.Contains("Mi CLABE es [CLABE] y mi celular [PHONE], el auto es PZN-904-E", line, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Unredacted_run_exports_need_a_reason_and_the_run_records_who_and_why()
    {
        RequireDatabase();
        var admin = await App.AdminAsync();
        var dataset = await WorkbenchClient.UploadPaymentComplaintsAsync(admin);

        var refused = await admin.Http.PostAsJsonAsync("/api/workbench/runs", new { datasetId = dataset, perContext = 1, redactExports = false });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var started = await admin.Http.PostAsJsonAsync("/api/workbench/runs",
            new { datasetId = dataset, perContext = 1, redactExports = false, unredactedReason = "fraud investigation 42" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var run = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        var decision = run["parameters"]!["unredacted_exports"]!;
        Assert.Equal(admin.Email, decision["by"]!.GetValue<string>());
        Assert.Equal("fraud investigation 42", decision["reason"]!.GetValue<string>());

        var audit = (await admin.Http.GetFromJsonAsync<List<PrivacyAuditResponse>>($"/api/privacy/audit?action={PrivacyActions.UnredactedExports}"))!;
        var entry = Assert.Single(audit, e => e.Subject == $"workbench run {run["id"]!.GetValue<string>()}");
        Assert.Equal(admin.Email, entry.Actor);
        Assert.Equal("fraud investigation 42", entry.Reason);
    }
}

public sealed class ExportSqlitePrivacyTests(SqliteAppFixture app) : ExportPrivacyTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class ExportPostgresPrivacyTests(PostgresAppFixture app) : ExportPrivacyTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
