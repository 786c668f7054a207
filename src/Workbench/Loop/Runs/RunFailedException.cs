namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>A step of a run failed for a reason outside the loop (the model timed out or stayed down); the run is saved as failed with it.</summary>
public sealed class RunFailedException(string runId, string reason, Exception inner) : Exception($"Run {runId} failed: {reason}", inner)
{
    public string RunId { get; } = runId;
}
