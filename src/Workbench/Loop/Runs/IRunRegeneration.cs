using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>
/// Where a run's conversations are held when it is not in this process (the loop's default, with the run's
/// parallelism): the web app on PostgreSQL spreads them over worker processes. Every result the run does not hold yet
/// must reach <c>onResult</c> exactly once; a cancellation stops the work it handed out and propagates.
/// </summary>
public interface IRunRegeneration
{
    Task RunAsync(
        RunRecord run,
        RegenerationPrompts prompts,
        IReadOnlySet<(string ScenarioId, Arm Arm)> done,
        Func<ConversationResult, CancellationToken, ValueTask> onResult,
        IProgress<RegenerationProgress>? progress,
        CancellationToken cancellationToken);
}
