namespace AgentSupport.Prompts.Storage;

/// <summary>A label as stored, and whether it is served (it is not when its version is missing or invalid).</summary>
/// <param name="History">The label's moves, oldest first; a rollback pops the last one.</param>
public sealed record PromptLabel(string Name, int Version, bool IsServed, IReadOnlyList<LabelHistoryEntry> History);

/// <summary>One move of a label: to which version, when, by whom and why.</summary>
public sealed record LabelHistoryEntry(int Version, DateTimeOffset At, string? By, string? Reason);
