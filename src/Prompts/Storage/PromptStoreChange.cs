using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Storage;

/// <summary>
/// Something changed in the store. Label moves say who, when, from and to, and why, so the web host
/// can audit them; problem changes carry the prompt's current problems so it can notify.
/// </summary>
public sealed record PromptStoreChange(PromptStoreChangeKind Kind, string PromptId, DateTimeOffset At)
{
    public string? Label { get; init; }

    /// <summary>The version created or adopted, or the label's new version; null when a label was removed.</summary>
    public int? Version { get; init; }

    /// <summary>The label's version before the change; null when the label is new.</summary>
    public int? PreviousVersion { get; init; }

    public string? By { get; init; }

    public string? Reason { get; init; }

    public IReadOnlyList<PromptProblem> Problems { get; init; } = [];
}

public enum PromptStoreChangeKind
{
    /// <summary>CreateVersion wrote a new version.</summary>
    VersionCreated,

    /// <summary>A valid version file that was not recorded (written by hand, or left by a crash) was recorded and is served.</summary>
    VersionAdopted,

    LabelMoved,
    LabelRolledBack,
    LabelRemoved,

    /// <summary>A reload found a label pointing elsewhere: labels.json was changed by another process or by hand.</summary>
    LabelChangedOnDisk,

    /// <summary>The prompt's problems changed; <see cref="PromptStoreChange.Problems"/> holds the current list.</summary>
    ProblemsChanged,
}
