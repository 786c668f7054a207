using System.Collections.Concurrent;
using System.Threading.Channels;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Web.Workbench;

/// <summary>
/// Drives runs in the background, one at a time in the order asked: the loop from wherever the run is, then its
/// export once compared. A cancelled or interrupted run keeps what it finished and can be resumed.
/// </summary>
public sealed class WorkbenchRunner(WorkbenchLoop loop, DatabaseRunStore runs, ILogger<WorkbenchRunner> logger) : BackgroundService
{
    private readonly Channel<(RunActivity Activity, string? AutoApproveAs)> _queue = Channel.CreateUnbounded<(RunActivity, string?)>();
    private readonly ConcurrentDictionary<string, RunActivity> _active = new(StringComparer.Ordinal);

    /// <summary>Queues the run; false when it is already queued or running.</summary>
    public bool TryEnqueue(RunRecord run, string? autoApproveAs)
    {
        var activity = new RunActivity(run.Id, run.Status);
        if (!_active.TryAdd(run.Id, activity)) return false;
        _queue.Writer.TryWrite((activity, autoApproveAs));
        return true;
    }

    public RunActivity? Find(string runId) => _active.GetValueOrDefault(runId);

    /// <summary>Cancels a queued or running run; false when it is neither.</summary>
    public bool Cancel(string runId)
    {
        if (!_active.TryGetValue(runId, out var activity)) return false;
        activity.Cancel();
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (activity, autoApproveAs) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(activity.Cancellation, stoppingToken);
                var run = await loop.ContinueAsync(activity.RunId, autoApproveAs, activity, cancellation.Token);
                if (run.Status == RunStatus.Compared)
                {
                    activity.Report(new LoopProgress(run.Status, "Exporting"));
                    await loop.ExportAsync(run.Id, runs.FolderOf(run.Id), cancellation.Token);
                }
            }
            catch (OperationCanceledException)
            {
                logger.LogInformation("Run {RunId} was cancelled; resume it to go on", activity.RunId);
            }
            catch (Exception ex)
            {
                // The loop has saved the run as failed with the reason; the runner goes on with the next run.
                logger.LogError(ex, "Run {RunId} stopped with an error", activity.RunId);
            }
            finally
            {
                _active.TryRemove(activity.RunId, out _);
            }
        }
    }
}
