using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Tests.Accounts;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Prompts;

/// <summary>A prompt engineer's new version is validated, diffed, promoted, rolled back, and all of it audited.</summary>
public sealed class PromptApprovalTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private const string Prompt = "customer-agent";

    [Fact]
    public async Task New_version_becomes_candidate_is_diffed_promoted_rolled_back_and_audited()
    {
        var admin = await app.AdminAsync();
        var production = await ProductionAsync(admin);
        var v1 = await admin.Http.GetFromJsonAsync<VersionDetail>($"/api/prompts/{Prompt}/versions/1?language=en&customer=Ana");
        Assert.Contains("Ana", v1!.Preview);

        var created = await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/versions",
            new { body = v1.Body + "\nAlways confirm the plate before quoting an offer.\n", description = "Confirm plates", parent = 1, reason = "Fewer wrong quotes" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var v2 = (await created.Content.ReadFromJsonAsync<VersionSummary>())!;
        Assert.True(v2.Version > 1);
        Assert.Contains("candidate", v2.Labels);

        var diff = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/prompts/{Prompt}/diff?from=1&to={v2.Version}");
        Assert.True(diff.GetProperty("added").GetInt32() >= 1);
        Assert.Contains("+Always confirm the plate", diff.GetProperty("unified").GetString());

        var promote = await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/labels/production", new { version = v2.Version, expectedVersion = production, reason = "Judged better" });
        Assert.Equal(HttpStatusCode.OK, promote.StatusCode);
        Assert.Equal(v2.Version, await ProductionAsync(admin));

        var rollback = await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/rollback", new { reason = "Complaints about slowness" });
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal(production, await ProductionAsync(admin));

        var audit = await admin.Http.GetFromJsonAsync<List<AuditResponse>>($"/api/prompts/{Prompt}/audit");
        Assert.Contains(audit!, e => e.Action == PromptAuditActions.VersionCreated && e.ToVersion == v2.Version && e.Actor == admin.Email);
        Assert.Contains(audit!, e => e.Action == PromptAuditActions.LabelMoved && e.Label == "production" && e.FromVersion == production && e.ToVersion == v2.Version
            && e.Reason == "Judged better" && e.Actor == admin.Email);
        Assert.Contains(audit!, e => e.Action == PromptAuditActions.Rollback && e.FromVersion == v2.Version && e.ToVersion == production && e.Reason == "Complaints about slowness");
    }

    [Fact]
    public async Task Two_admins_moving_the_same_label_at_once_one_wins_the_other_gets_409_with_the_current_state()
    {
        var (first, second) = (await app.AdminAsync(), await app.AdminAsync());
        var current = await ProductionAsync(first);
        var v1 = await first.Http.GetFromJsonAsync<VersionDetail>($"/api/prompts/{Prompt}/versions/1");
        var created = await first.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/versions", new { body = v1!.Body + "\n{{ tone }}\n", reason = "race" });
        var newVersion = (await created.Content.ReadFromJsonAsync<VersionSummary>())!.Version;

        var moves = await Task.WhenAll(
            first.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/labels/production", new { version = newVersion, expectedVersion = current, reason = "first admin" }),
            second.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/labels/production", new { version = 1, expectedVersion = current, reason = "second admin" }));

        Assert.Single(moves, m => m.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(moves, m => m.StatusCode == HttpStatusCode.Conflict);
        var problem = await BadInputTests<SqliteAppFixture>.AssertProblemAsync(loser, HttpStatusCode.Conflict, null);
        Assert.Equal(await ProductionAsync(first), problem.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Invalid_template_is_rejected_with_line_and_column_and_nothing_is_stored()
    {
        var admin = await app.AdminAsync();
        var before = await admin.Http.GetFromJsonAsync<List<VersionSummary>>($"/api/prompts/{Prompt}/versions");

        var response = await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/versions",
            new { body = "Hola\n  {{ customer_secret }}\n", reason = "broken" });

        var problem = await BadInputTests<SqliteAppFixture>.AssertProblemAsync(response, HttpStatusCode.BadRequest, "source");
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        var unknown = Assert.Single(problems, p => p.GetProperty("message").GetString()!.Contains("customer_secret"));
        Assert.Equal("UnknownVariable", unknown.GetProperty("kind").GetString());
        Assert.Equal(6, unknown.GetProperty("column").GetInt32());

        var syntax = await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/versions", new { body = "Hola\n{{ if }}\n", reason = "broken" });
        var syntaxProblem = await BadInputTests<SqliteAppFixture>.AssertProblemAsync(syntax, HttpStatusCode.BadRequest, "source");
        Assert.Contains(syntaxProblem.GetProperty("problems").EnumerateArray(), p => p.GetProperty("kind").GetString() == "Syntax");
        var after = await admin.Http.GetFromJsonAsync<List<VersionSummary>>($"/api/prompts/{Prompt}/versions");
        Assert.Equal(before!.Count, after!.Count);
    }

    [Fact]
    public async Task Seed_placeholders_are_converted_on_import()
    {
        var admin = await app.AdminAsync();
        var v1 = await admin.Http.GetFromJsonAsync<VersionDetail>($"/api/prompts/{Prompt}/versions/1");
        var created = await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/versions",
            new { body = v1!.Body + "\nResponde en {idioma} por {canal} con tono {tono} sobre {contexto}.\n", reason = "seed patch" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var version = (await created.Content.ReadFromJsonAsync<VersionSummary>())!.Version;

        var detail = await admin.Http.GetFromJsonAsync<VersionDetail>($"/api/prompts/{Prompt}/versions/{version}?language=es&channel=whatsapp&tone=formal&context=credit");
        Assert.Contains("{{ language }}", detail!.Body);
        Assert.Contains("Responde en es por whatsapp con tono formal sobre credit.", detail.Preview);
    }

    [Fact]
    public async Task Bad_requests_are_problems()
    {
        var admin = await app.AdminAsync();
        await BadInputTests<SqliteAppFixture>.AssertProblemAsync(await admin.Http.GetAsync("/api/prompts/nope/versions"), HttpStatusCode.NotFound, null);
        await BadInputTests<SqliteAppFixture>.AssertProblemAsync(await admin.Http.GetAsync($"/api/prompts/{Prompt}/versions/99"), HttpStatusCode.NotFound, null);
        await BadInputTests<SqliteAppFixture>.AssertProblemAsync(
            await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/labels/production", new { version = 99, reason = "no such version" }), HttpStatusCode.NotFound, null);
        await BadInputTests<SqliteAppFixture>.AssertProblemAsync(
            await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/labels/production", new { version = 1 }), HttpStatusCode.BadRequest, "Reason");
        await BadInputTests<SqliteAppFixture>.AssertProblemAsync(
            await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/versions", new { reason = "empty" }), HttpStatusCode.BadRequest, "source");
    }

    [Fact]
    public async Task Conversations_record_the_production_version_that_served_them()
    {
        var admin = await app.AdminAsync();
        var customer = await app.CustomerAsync();
        var before = await StartAsync(customer);
        Assert.Equal(await ProductionAsync(admin), before.PromptVersion);

        var v1 = await admin.Http.GetFromJsonAsync<VersionDetail>($"/api/prompts/{Prompt}/versions/1");
        var created = await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/versions", new { body = v1!.Body + "\n{{ channel }}\n", reason = "v-next" });
        var next = (await created.Content.ReadFromJsonAsync<VersionSummary>())!.Version;
        (await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/labels/production", new { version = next, reason = "promote" })).EnsureSuccessStatusCode();

        var after = await StartAsync(customer);
        Assert.Equal(next, after.PromptVersion);
        var reread = await customer.Http.GetFromJsonAsync<ConversationDetail>($"/api/conversations/{before.Id}");
        Assert.Equal(before.PromptVersion, reread!.Conversation.PromptVersion);
    }

    private static async Task<ConversationResponse> StartAsync(SignedInClient customer)
    {
        var response = await customer.Http.PostAsJsonAsync("/api/conversations", new { context = "service", channel = "webchat", language = "es" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ConversationResponse>())!;
    }

    private static async Task<int> ProductionAsync(SignedInClient admin)
    {
        var prompts = await admin.Http.GetFromJsonAsync<List<PromptSummary>>("/api/prompts");
        return prompts!.Single(p => p.Id == Prompt).Labels["production"];
    }
}
