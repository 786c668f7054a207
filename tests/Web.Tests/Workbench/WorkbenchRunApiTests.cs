using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Workbench;

public sealed class WorkbenchRunApiTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private static readonly string[] RunExportFiles =
    [
        "llm_rewrite_response.json", "candidate_tools_ranked.csv", "baseline_conversations.jsonl", "proposed_conversations.jsonl",
        "baseline_meta.csv", "proposed_meta.csv", "comparison.json", "report.html",
    ];

    [Fact]
    public async Task A_run_stops_for_approval_then_goes_on_to_a_comparison_its_exports_and_a_guarded_promotion()
    {
        var admin = await app.AdminAsync();
        var datasetId = await WorkbenchClient.UploadPaymentComplaintsAsync(admin);

        var created = await WorkbenchClient.StartRunAsync(admin, datasetId, autoApprove: false, perContext: 5);
        var runId = created["id"]!.GetValue<string>();
        Assert.Equal(datasetId, created["parameters"]!["dataset"]!.GetValue<string>());
        Assert.Equal(42, created["parameters"]!["seed"]!.GetValue<int>());
        Assert.NotNull(created["model"]);

        var proposing = await WorkbenchClient.WatchAsync(admin, runId);
        Assert.Equal("end", proposing[^1].Event);
        Assert.Equal("awaiting_approval", proposing[^1].Data["status"]!.GetValue<string>());
        var proposed = await WorkbenchClient.GetRunAsync(admin, runId);
        Assert.NotNull(proposed["proposal_response"]!["prompt_changes"]);
        Assert.Empty(proposed["exports"]!.AsArray());

        var invalid = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/approve", new { system_patch = "Hola {{ if }}" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = (await invalid.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Matches("line [0-9]+, column [0-9]+", problem["errors"]!["candidate"]![0]!.GetValue<string>());
        Assert.Equal("awaiting_approval", WorkbenchClient.Status(await WorkbenchClient.GetRunAsync(admin, runId)));

        // The admin's edit replaces the proposal: with only the ticket tool the candidate cannot answer payout questions.
        var approve = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/approve",
            new { system_patch = "", user_patch = "", rationale = "tickets only", policy = new { enabled_tools = new[] { "Tickets" } } });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var approved = (await approve.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("tickets only", approved["approved_changes"]!["rationale"]!.GetValue<string>());
        Assert.NotNull(approved["prompts"]!["candidate"]);

        var regenerating = await WorkbenchClient.WatchAsync(admin, runId);
        Assert.Contains(regenerating, e => e.Event == "progress");
        var end = regenerating[^1].Data;
        Assert.Equal("compared", end["status"]!.GetValue<string>());
        Assert.False(end["active"]!.GetValue<bool>());
        Assert.Equal(end["total"]!.GetValue<int>(), end["done"]!.GetValue<int>());
        Assert.True(end["total"]!.GetValue<int>() > 0);

        var run = await WorkbenchClient.GetRunAsync(admin, runId);
        var comparison = run["comparison"]!;
        Assert.NotEmpty(comparison["deltas"]!.AsArray());
        Assert.Equal("worse", comparison["verdict"]!.GetValue<string>());
        Assert.Equal(RunExportFiles.Order(), run["exports"]!.AsArray().Select(e => e!.GetValue<string>()).Order());
        var report = await admin.Http.GetAsync($"/api/workbench/runs/{runId}/exports/report.html");
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        var exportedComparison = JsonNode.Parse(await admin.Http.GetStringAsync($"/api/workbench/runs/{runId}/exports/comparison.json"))!;
        Assert.Equal("worse", exportedComparison["verdict"]!.GetValue<string>());
        foreach (var url in new[] { $"/api/workbench/runs/{runId}/exports/run.json", $"/api/workbench/runs/{runId}/exports/..%2F..%2Fjwt-signing.key" })
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync(url)).StatusCode);

        var refused = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/promote", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var noReason = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/promote", new { force = true });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("compared", WorkbenchClient.Status(await WorkbenchClient.GetRunAsync(admin, runId)));

        var forced = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/promote", new { force = true, reason = "tickets-only trial agreed with support" });
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        var promoted = (await forced.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("promoted", WorkbenchClient.Status(promoted));
        Assert.True(promoted["decision"]!["forced"]!.GetValue<bool>());
        Assert.Equal(promoted["prompts"]!["candidate"]!.GetValue<int>(), WorkbenchPrompts.Production(app));

        var listed = await admin.Http.GetFromJsonAsync<JsonArray>("/api/workbench/runs");
        Assert.Contains(listed!, r => r!["id"]!.GetValue<string>() == runId && r["status"]!.GetValue<string>() == "promoted");
    }

    [Fact]
    public async Task Cancel_stops_a_running_run_which_a_restarted_app_reopens_and_resumes()
    {
        var admin = await app.AdminAsync();
        var datasetId = await WorkbenchClient.UploadSampleAsync(admin);
        var runId = (await WorkbenchClient.StartRunAsync(admin, datasetId, autoApprove: true, perContext: 10, parallelism: 1))["id"]!.GetValue<string>();

        var cancel = await admin.Http.PostAsync($"/api/workbench/runs/{runId}/cancel", null);
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);

        var events = await WorkbenchClient.WatchAsync(admin, runId);
        Assert.Equal("end", events[^1].Event);
        var stopped = await WorkbenchClient.GetRunAsync(admin, runId);
        Assert.NotEqual("compared", WorkbenchClient.Status(stopped));
        Assert.False(stopped["active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Http.PostAsync($"/api/workbench/runs/{runId}/cancel", null)).StatusCode);

        // A second host on the same data folder and database stands for the app after a restart.
        await using var restarted = app.WithWebHostBuilder(_ => { });
        var afterRestart = new SignedInClient(restarted.CreateClient(), admin.UserId, admin.Email, admin.Token);
        afterRestart.Http.DefaultRequestHeaders.Authorization = admin.Http.DefaultRequestHeaders.Authorization;
        var reopened = await WorkbenchClient.GetRunAsync(afterRestart, runId);
        Assert.Equal(WorkbenchClient.Status(stopped), WorkbenchClient.Status(reopened));
        Assert.True(reopened["resumable"]!.GetValue<bool>());

        var resume = await afterRestart.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/resume", new { autoApprove = true });
        Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        Assert.True((await resume.Content.ReadFromJsonAsync<JsonObject>())!["active"]!.GetValue<bool>());
        var resumed = await WorkbenchClient.WatchAsync(afterRestart, runId);
        Assert.Equal("compared", resumed[^1].Data["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await afterRestart.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/resume", new { })).StatusCode);
    }

    [Fact]
    public void The_upload_endpoint_accepts_bodies_up_to_one_gigabyte()
    {
        var upload = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == "/api/workbench/datasets" && e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Contains("POST"));
        Assert.Equal(1L << 30, upload.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize);
    }

    [Fact]
    public async Task Run_parameters_are_validated_field_by_field()
    {
        var admin = await app.AdminAsync();
        var datasetId = await WorkbenchClient.UploadSampleAsync(admin);

        var response = await admin.Http.PostAsJsonAsync("/api/workbench/runs",
            new { datasetId, perContext = 0, parallelism = 17, retries = 9, temperature = 1.6, seed = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key.ToLowerInvariant()).ToList();
        Assert.Equal(["parallelism", "percontext", "retries", "temperature"], errors.Order());

        var unknown = await admin.Http.PostAsJsonAsync("/api/workbench/runs", new { datasetId = "ds-20200101-000000-000000", perContext = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["datasetId"]);

        var missingVersion = await admin.Http.PostAsJsonAsync("/api/workbench/runs", new { datasetId, perContext = 1, baselineVersion = 999 });
        Assert.Equal(HttpStatusCode.BadRequest, missingVersion.StatusCode);
        Assert.NotNull((await missingVersion.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["baselineVersion"]);
    }

    [Fact]
    public async Task A_missing_run_is_a_404_problem()
    {
        var admin = await app.AdminAsync();
        foreach (var response in new[]
        {
            await admin.Http.GetAsync("/api/workbench/runs/run-20200101-000000-000000"),
            await admin.Http.GetAsync("/api/workbench/runs/run-20200101-000000-000000/progress"),
            await admin.Http.PostAsJsonAsync("/api/workbench/runs/run-20200101-000000-000000/approve", new { }),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
