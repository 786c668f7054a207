using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Web.Workbench;

/// <summary>A run the background runner holds (queued or running): its latest progress and how to cancel it.</summary>
public sealed class RunActivity(string runId, RunStatus status) : IProgress<LoopProgress>
{
    // Never disposed: a cancel may race the run's end, and a source without timers holds nothing to free.
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Lock _gate = new();
    private RunProgressEvent _latest = new(runId, status, "Queued", 0, 0, 0, Active: true, Failure: null);

    public string RunId { get; } = runId;

    public CancellationToken Cancellation => _cancellation.Token;

    /// <summary>An immutable snapshot: progress comes from parallel conversations while readers stream it.</summary>
    public RunProgressEvent Latest
    {
        get
        {
            lock (_gate) return _latest;
        }
    }

    public void Report(LoopProgress value)
    {
        var conversations = value.Conversations;
        lock (_gate)
        {
            _latest = _latest with
            {
                Status = value.Step,
                Stage = value.Description,
                Done = conversations?.Completed ?? _latest.Done,
                Total = conversations?.Total ?? _latest.Total,
                Failed = conversations?.Failed ?? _latest.Failed,
            };
        }
    }

    public void Cancel() => _cancellation.Cancel();
}
