using System.Text.Json.Nodes;
using AgentSupport.Load;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Workbench;
using AgentSupport.Web.Workbench.Workers;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Workbench.Workers;

public sealed class DistributedRunWorkerTests(WorkersAppFixture app, SingleProcessAppFixture single, OneProcessPostgresAppFixture onePostgres)
    : IClassFixture<WorkersAppFixture>, IClassFixture<SingleProcessAppFixture>, IClassFixture<OneProcessPostgresAppFixture>
{
    private const int PerContext = 3;

    [SkippableFact]
    public async Task Two_worker_processes_share_a_run_one_killed_midway_and_it_ends_as_a_single_process_run_does()
    {
        PostgresServer.SkipIfUnavailable();
        // The app first (its database migrated, Hangfire's schema made), then the workers, while the same run is held
        // in one process elsewhere for the comparison: on SQLite, and on PostgreSQL by the app's own job server.
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await using var doomed = WorkerProcess.Start(app.WorkerSettings);
        await using var survivor = WorkerProcess.Start(app.WorkerSettings);
        var singleProcess = SingleProcessComparisonAsync(single);
        var onePostgresProcess = SingleProcessComparisonAsync(onePostgres);
        var admin = await app.AdminAsync();

        var runId = await WorkerRuns.StartApprovedAsync(admin, PerContext);
        await WorkerRuns.UntilAsync(
            () => monitoring.ProcessingJobs(0, 100).FirstOrDefault(j => HeldBy(j.Value.ServerId, doomed)).Key,
            () => $"The first worker took no job.\n{doomed.Output}\n{survivor.Output}");
        await doomed.KillAsync();
        // The jobs it held when it died: still "processing" on a server that is gone.
        var orphaned = monitoring.ProcessingJobs(0, 100).Where(j => HeldBy(j.Value.ServerId, doomed)).Select(j => j.Key).ToList();
        Assert.NotEmpty(orphaned);

        var end = await WorkerRuns.WatchToEndAsync(admin, runId);
        Assert.True(end["status"]!.GetValue<string>() == "compared", $"{end.ToJsonString()}\n{survivor.Output}");
        Assert.False(survivor.HasExited, survivor.Output);

        // The killed worker's jobs were taken again by the other one, after the invisibility timeout.
        Assert.All(orphaned, job =>
        {
            var history = monitoring.JobDetails(job).History;
            Assert.Contains(history, s => s.StateName == ProcessingState.StateName && HeldBy(s.Data["ServerId"], survivor));
            Assert.Equal(SucceededState.StateName, history[0].StateName);
        });

        // Every scenario stored once, every conversation (two a scenario) handed to the run once.
        var run = await WorkbenchClient.GetRunAsync(admin, runId);
        var scenarios = run["scenario_count"]!.GetValue<int>();
        var stored = await app.WithDbAsync(db => db.Set<WorkbenchScenarioResult>().Where(r => r.RunId == runId).Select(r => r.ScenarioIndex).ToListAsync());
        Assert.Equal(Enumerable.Range(0, scenarios), stored.Order());
        Assert.Equal(scenarios * 2, await app.WithDbAsync(db => db.Set<WorkbenchRunResult>().CountAsync(r => r.RunId == runId)));
        Assert.Equal(scenarios * 2, end["done"]!.GetValue<int>());

        // The same run, seed and approval held in one process compares the same.
        var expected = await singleProcess;
        Assert.Equal("worse", expected["verdict"]!.GetValue<string>());
        Assert.Equal(expected.ToJsonString(), run["comparison"]!.ToJsonString());
        Assert.Equal(expected.ToJsonString(), (await onePostgresProcess).ToJsonString());
        Assert.NotEqual(0, onePostgres.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededListCount());
    }

    private static async Task<JsonNode> SingleProcessComparisonAsync(AppFixture single)
    {
        var admin = await single.AdminAsync();
        var runId = await WorkerRuns.StartApprovedAsync(admin, PerContext);
        Assert.Equal("compared", (await WorkerRuns.WatchToEndAsync(admin, runId))["status"]!.GetValue<string>());
        return (await WorkbenchClient.GetRunAsync(admin, runId))["comparison"]!;
    }

    private static bool HeldBy(string? serverId, WorkerProcess worker) =>
        serverId?.StartsWith(worker.Name + ":", StringComparison.OrdinalIgnoreCase) == true;
}
