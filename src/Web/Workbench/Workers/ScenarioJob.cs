using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Data;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Loop.Runs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Workbench.Workers;

/// <summary>
/// The Hangfire job that holds both arms of one scenario of a run, in whichever worker process takes it. It does
/// nothing for a cancelled hand-out or a scenario already stored, and stores its result only if none is there yet, so
/// a job run twice (its first worker killed before Hangfire heard it finish) leaves one result.
/// </summary>
public sealed class ScenarioJob(IServiceScopeFactory scopes, WorkbenchLoop loop, FilePromptStore prompts, TimeProvider time, ILogger<ScenarioJob> logger)
{
    /// <summary>Names the process in the results it stores, and in the job dashboard.</summary>
    public static readonly string Worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    [Queue(WorkersOptions.Queue)]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task HoldAsync(Guid dispatchId, string runId, int scenarioIndex, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dispatch = await db.Set<WorkbenchDispatch>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == dispatchId, cancellationToken);
        if (dispatch is null || dispatch.Cancelled)
        {
            logger.LogInformation("Run {RunId}: scenario {Index} is not held, its run was cancelled", runId, scenarioIndex);
            return;
        }

        if (await db.Set<WorkbenchScenarioResult>().AnyAsync(r => r.RunId == runId && r.ScenarioIndex == scenarioIndex, cancellationToken)) return;

        var record = await db.Set<WorkbenchRun>().AsNoTracking().Where(r => r.Id == runId).Select(r => r.RecordJson).SingleAsync(cancellationToken);
        var results = await loop.RegenerateScenarioAsync(
            RunJson.Deserialize(record), scenarioIndex, DispatchedPrompts.Read(dispatch.PromptsJson, prompts.Validator), cancellationToken);
        var stored = await StoreAsync(db, new WorkbenchScenarioResult
        {
            RunId = runId,
            ScenarioIndex = scenarioIndex,
            BaselineJson = RunJson.SerializeLine(results.Single(r => r.Arm == Arm.Baseline)),
            CandidateJson = RunJson.SerializeLine(results.Single(r => r.Arm == Arm.Candidate)),
            Worker = Worker,
            FinishedAt = time.GetUtcNow().UtcDateTime,
        }, cancellationToken);
        if (!stored) logger.LogInformation("Run {RunId}: scenario {Index} was already stored by another worker", runId, scenarioIndex);
    }

    /// <summary>Inserts the result unless the run holds one for the scenario already; true when this call stored it.</summary>
    public static async Task<bool> StoreAsync(AppDbContext db, WorkbenchScenarioResult result, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "WorkbenchScenarioResult" ("RunId", "ScenarioIndex", "BaselineJson", "CandidateJson", "Worker", "FinishedAt")
            VALUES ({result.RunId}, {result.ScenarioIndex}, {result.BaselineJson}, {result.CandidateJson}, {result.Worker}, {result.FinishedAt})
            ON CONFLICT ("RunId", "ScenarioIndex") DO NOTHING
            """, cancellationToken) == 1;
}
