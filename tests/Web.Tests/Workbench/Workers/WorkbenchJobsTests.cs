using System.Net;
using AgentSupport.Web.Ui.Accounts;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Workbench;
using AgentSupport.Web.Workbench.Workers;
using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Workbench.Workers;

/// <summary>The jobs of runs on PostgreSQL with no worker running, so every job stays where the app put it.</summary>
public sealed class WorkbenchJobsTests(WorkersAppFixture app) : IClassFixture<WorkersAppFixture>
{
    [SkippableFact]
    public async Task A_scenario_stored_twice_is_stored_once()
    {
        PostgresServer.SkipIfUnavailable();
        var runId = $"run-stored-twice-{Guid.NewGuid():N}"[..40];
        await app.WithDbAsync(db =>
        {
            db.Add(new WorkbenchRun { Id = runId, Status = "approved", Dataset = "d", PromptId = "customer-agent", ModelId = "m", RecordJson = "{}" });
            return db.SaveChangesAsync();
        });

        WorkbenchScenarioResult Held(string worker) => new()
        {
            RunId = runId, ScenarioIndex = 3, BaselineJson = $"{{\"by\":\"{worker}\"}}", CandidateJson = "{}", Worker = worker,
            FinishedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };
        Assert.True(await app.WithDbAsync(db => ScenarioJob.StoreAsync(db, Held("first"), CancellationToken.None)));
        Assert.False(await app.WithDbAsync(db => ScenarioJob.StoreAsync(db, Held("retried"), CancellationToken.None)));

        var rows = await app.WithDbAsync(db => db.Set<WorkbenchScenarioResult>().Where(r => r.RunId == runId).ToListAsync());
        Assert.Equal("first", Assert.Single(rows).Worker);
    }

    [SkippableFact]
    public async Task Cancelling_a_run_deletes_its_queued_jobs_and_a_job_started_anyway_does_nothing()
    {
        PostgresServer.SkipIfUnavailable();
        var admin = await app.AdminAsync();
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deletedBefore = monitoring.DeletedListCount();

        var runId = await WorkerRuns.StartApprovedAsync(admin, perContext: 2);
        var scenarios = (await WorkbenchClient.GetRunAsync(admin, runId))["scenario_count"]!.GetValue<int>();
        await WorkerRuns.UntilAsync(() => monitoring.EnqueuedCount(WorkersOptions.Queue) == scenarios ? "queued" : null,
            () => $"{monitoring.EnqueuedCount(WorkersOptions.Queue)} jobs queued, not {scenarios}");

        Assert.Equal(HttpStatusCode.Accepted, (await admin.Http.PostAsync($"/api/workbench/runs/{runId}/cancel", null)).StatusCode);
        var end = await WorkerRuns.WatchToEndAsync(admin, runId);
        Assert.Equal("approved", end["status"]!.GetValue<string>());
        Assert.True((await WorkbenchClient.GetRunAsync(admin, runId))["resumable"]!.GetValue<bool>());

        Assert.Equal(deletedBefore + scenarios, monitoring.DeletedListCount());
        // Hangfire leaves a deleted job's queue entry for the worker that fetches it to drop.
        var queued = monitoring.EnqueuedJobs(WorkersOptions.Queue, 0, 100);
        Assert.Equal(scenarios, queued.Count);
        Assert.All(queued, j => Assert.Equal(DeletedState.StateName, monitoring.JobDetails(j.Key).History[0].StateName));
        var dispatch = await app.WithDbAsync(db => db.Set<WorkbenchDispatch>().SingleAsync(d => d.RunId == runId));
        Assert.True(dispatch.Cancelled);

        // A worker that took a job just before the cancel finds its run cancelled and holds nothing.
        await app.Services.GetRequiredService<ScenarioJob>().HoldAsync(dispatch.Id, runId, 0, CancellationToken.None);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<WorkbenchScenarioResult>().CountAsync(r => r.RunId == runId)));
    }

    [SkippableFact]
    public async Task The_job_dashboard_is_for_admins_only()
    {
        PostgresServer.SkipIfUnavailable();
        var admin = await app.AdminAsync();
        var customer = await app.CustomerAsync();
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await admin.Http.GetAsync(WorkersSetup.DashboardPath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("AgentSupport jobs", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"{WorkersSetup.DashboardPath}/jobs/enqueued")).StatusCode);

        var browser = await UiSession.SignInAsync(app, admin.Email, AppFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(WorkersSetup.DashboardPath)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await customer.Http.GetAsync(WorkersSetup.DashboardPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.Http.GetAsync($"{WorkersSetup.DashboardPath}/jobs/enqueued")).StatusCode);
        var signedOut = await anonymous.GetAsync(WorkersSetup.DashboardPath);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains(AccountEndpoints.LoginPage + "?", signedOut.Headers.Location!.OriginalString);
    }
}
