using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>
/// Where runs live: a folder per run (<see cref="FileRunStore"/>) or a database in the web app. A run is its
/// <see cref="RunRecord"/>, replaced as the run moves on, plus its conversation results, appended one by one as they
/// finish so a crash loses at most the conversations in flight.
/// </summary>
public interface IRunStore
{
    /// <exception cref="InvalidOperationException">A run with this id exists.</exception>
    Task CreateAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Replaces the record of an existing run.</summary>
    /// <exception cref="KeyNotFoundException">No such run.</exception>
    Task SaveAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Durably adds one result; safe to call from several threads.</summary>
    Task AppendResultAsync(string runId, ConversationResult result, CancellationToken cancellationToken = default);

    /// <summary>The run, or null when there is none with this id.</summary>
    Task<RunRecord?> FindAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Every stored result, the latest per scenario and arm, and what could not be read.</summary>
    Task<RunResults> ReadResultsAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Every run, newest first.</summary>
    Task<IReadOnlyList<RunRecord>> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>A run's conversation results; <see cref="Problems"/> names stored lines that could not be read (e.g. one cut by a crash).</summary>
public sealed record RunResults(IReadOnlyList<ConversationResult> Results, IReadOnlyList<string> Problems);
