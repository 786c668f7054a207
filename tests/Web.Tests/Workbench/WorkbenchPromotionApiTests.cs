using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Workbench;
using AgentSupport.Workbench.Loop.Runs;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Workbench;

/// <summary>Decisions over HTTP against a production prompt with planted defects, so the loop's candidate is really better.</summary>
public sealed class WorkbenchPromotionApiTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task A_candidate_found_better_is_promoted_without_force_and_another_can_be_rejected()
    {
        var admin = await app.AdminAsync();
        var defective = WorkbenchPrompts.PlantDefects(app);
        var datasetId = await WorkbenchClient.UploadPaymentComplaintsAsync(admin);

        var runId = (await WorkbenchClient.StartRunAsync(admin, datasetId, autoApprove: true, perContext: 5))["id"]!.GetValue<string>();
        var events = await WorkbenchClient.WatchAsync(admin, runId);

        Assert.Equal("compared", events[^1].Data["status"]!.GetValue<string>());
        var run = await WorkbenchClient.GetRunAsync(admin, runId);
        Assert.Equal(defective, run["prompts"]!["baseline"]!.GetValue<int>());
        Assert.Equal("better", run["comparison"]!["verdict"]!.GetValue<string>());

        // The run is in the database as well as in its folder: its row, its record and every judged conversation.
        var (row, results) = await app.WithDbAsync(async db => (
            await db.Set<WorkbenchRun>().SingleAsync(r => r.Id == runId),
            await db.Set<WorkbenchRunResult>().CountAsync(r => r.RunId == runId)));
        Assert.Equal("compared", row.Status);
        Assert.Equal("better", row.Verdict);
        Assert.Equal(defective, row.BaselineVersion);
        Assert.Equal(runId, RunJson.Deserialize(row.RecordJson).Id);
        Assert.True(results >= 2 * run["scenario_count"]!.GetValue<int>(), $"{results} results stored");
        var promote = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/promote", new { });
        Assert.Equal(HttpStatusCode.OK, promote.StatusCode);
        var promoted = (await promote.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(promoted["decision"]!["forced"]!.GetValue<bool>());
        Assert.Equal(run["prompts"]!["candidate"]!.GetValue<int>(), WorkbenchPrompts.Production(app));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/promote", new { })).StatusCode);

        var second = (await WorkbenchClient.StartRunAsync(admin, datasetId, autoApprove: false))["id"]!.GetValue<string>();
        Assert.Equal("awaiting_approval", (await WorkbenchClient.WatchAsync(admin, second))[^1].Data["status"]!.GetValue<string>());
        var noReason = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{second}/reject", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var reject = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{second}/reject", new { reason = "not now" });
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        var rejected = (await reject.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("rejected", WorkbenchClient.Status(rejected));
        Assert.Equal("not now", rejected["decision"]!["reason"]!.GetValue<string>());
    }
}
