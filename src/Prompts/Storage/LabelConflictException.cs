namespace AgentSupport.Prompts.Storage;

/// <summary>
/// A compare-and-swap label move lost: the label no longer points where the caller expected. Carries
/// the current state so the HTTP API can answer 409 with it and the caller can retry knowingly.
/// </summary>
public sealed class LabelConflictException(string promptId, string label, int? expectedVersion, int? currentVersion)
    : PromptStoreException(
        $"Label '{label}' of '{promptId}' points at {Describe(currentVersion)}, not at {Describe(expectedVersion)} as expected.")
{
    public string PromptId { get; } = promptId;

    public string Label { get; } = label;

    public int? ExpectedVersion { get; } = expectedVersion;

    /// <summary>Where the label points now; null when it does not exist.</summary>
    public int? CurrentVersion { get; } = currentVersion;

    private static string Describe(int? version) => version is { } number ? $"version {number}" : "no version";
}
