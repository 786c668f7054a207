using AgentSupport.Web.Data;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Loop.Runs;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Workbench.Workers;

/// <summary>
/// A run's regeneration on PostgreSQL: a Hangfire job per scenario (both arms together) for any worker process to
/// take, while this coordinator polls the database for the scenarios the workers stored, hands each result to the run
/// once, with progress, and fails the run when a job gave up. A cancellation marks the hand-out cancelled (jobs that
/// start then do nothing) and deletes the jobs not yet finished.
/// </summary>
public sealed class DistributedRegeneration(
    IServiceScopeFactory scopes, IBackgroundJobClient jobs, JobStorage storage, WorkersOptions options, TimeProvider time,
    ILogger<DistributedRegeneration> logger) : IRunRegeneration
{
    private static readonly Arm[] Arms = [Arm.Baseline, Arm.Candidate];

    // Job states are read less often than results: a failed job is rare, and each check costs a query per job.
    private const int PollsPerJobCheck = 10;

    public async Task RunAsync(
        RunRecord run,
        RegenerationPrompts prompts,
        IReadOnlySet<(string ScenarioId, Arm Arm)> done,
        Func<ConversationResult, CancellationToken, ValueTask> onResult,
        IProgress<RegenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        bool Missing(int index, Arm arm) => !done.Contains((run.Scenarios[index].Id, arm));
        var pending = Enumerable.Range(0, run.Scenarios.Count).Where(i => Arms.Any(arm => Missing(i, arm))).ToHashSet();
        var tally = new Tally(pending.Sum(i => Arms.Count(arm => Missing(i, arm))));
        var dispatch = new WorkbenchDispatch { Id = Guid.NewGuid(), RunId = run.Id, PromptsJson = DispatchedPrompts.Write(prompts), CreatedAt = time.GetUtcNow().UtcDateTime };
        await WithDbAsync(db =>
        {
            db.Add(dispatch);
            return db.SaveChangesAsync(cancellationToken);
        });

        var queued = new Dictionary<int, string>();
        try
        {
            // Scenarios workers stored for an earlier hand-out of this run (one cancelled, or cut by a restart) are kept.
            await CollectAsync();
            foreach (var index in pending)
            {
                queued[index] = jobs.Enqueue<ScenarioJob>(job => job.HoldAsync(dispatch.Id, run.Id, index, CancellationToken.None));
            }

            logger.LogInformation("Run {RunId}: {Jobs} scenario jobs queued for the workers", run.Id, queued.Count);
            for (var poll = 1; pending.Count > 0; poll++)
            {
                await Task.Delay(options.PollInterval, time, cancellationToken);
                await CollectAsync();
                if (poll % PollsPerJobCheck == 0) ThrowIfAJobGaveUp(run, pending, queued);
            }
        }
        catch (Exception ex)
        {
            await WithdrawAsync(run.Id, dispatch.Id, pending.Where(queued.ContainsKey).Select(i => queued[i]).ToList(), ex);
            throw;
        }

        async Task CollectAsync()
        {
            var waiting = pending.ToList();
            var rows = await WithDbAsync(db => db.Set<WorkbenchScenarioResult>().AsNoTracking()
                .Where(r => r.RunId == run.Id && waiting.Contains(r.ScenarioIndex)).OrderBy(r => r.ScenarioIndex).ToListAsync(cancellationToken));
            foreach (var row in rows)
            {
                foreach (var json in new[] { row.BaselineJson, row.CandidateJson })
                {
                    var result = RunJson.DeserializeLine(json);
                    if (!Missing(row.ScenarioIndex, result.Arm)) continue;
                    await onResult(result, cancellationToken);
                    progress?.Report(tally.Add(result));
                }

                pending.Remove(row.ScenarioIndex);
            }
        }
    }

    private void ThrowIfAJobGaveUp(RunRecord run, IReadOnlySet<int> pending, IReadOnlyDictionary<int, string> queued)
    {
        using var connection = storage.GetConnection();
        foreach (var index in pending)
        {
            var state = connection.GetStateData(queued[index]);
            if (state is not null && (state.Name == FailedState.StateName || state.Name == DeletedState.StateName))
            {
                throw new InvalidOperationException(
                    $"The job holding scenario {run.Scenarios[index].Id} was {state.Name.ToLowerInvariant()}: {state.Reason ?? "no reason given"}");
            }
        }
    }

    private async Task WithdrawAsync(string runId, Guid dispatchId, IReadOnlyList<string> unfinished, Exception reason)
    {
        await WithDbAsync(db => db.Set<WorkbenchDispatch>().Where(d => d.Id == dispatchId)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Cancelled, true), CancellationToken.None));
        foreach (var job in unfinished) jobs.Delete(job);
        logger.LogInformation("Run {RunId} stopped ({Reason}): {Jobs} scenario jobs withdrawn", runId, reason.GetType().Name, unfinished.Count);
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private sealed class Tally(int total)
    {
        private int _completed;
        private int _failed;

        public RegenerationProgress Add(ConversationResult result)
        {
            _completed++;
            if (result.Failed) _failed++;
            return new RegenerationProgress(total, _completed, _failed, result.ScenarioId, result.Arm, !result.Failed);
        }
    }
}
