namespace AgentSupport.Prompts.Storage;

/// <summary>
/// The content of <c>labels.json</c>: where each label points, each label's history (a stack that
/// rollback pops), and the manifest of recorded version hashes that makes edits of a version detectable.
/// </summary>
internal sealed class LabelsDocument
{
    public Dictionary<string, int> Labels { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<LabelHistoryEntry>> History { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<int, string> Manifest { get; init; } = [];

    /// <summary>A deep copy to change, since the served state shares the original with readers.</summary>
    public LabelsDocument Clone() => new()
    {
        Labels = new Dictionary<string, int>(Labels, StringComparer.Ordinal),
        History = History.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal),
        Manifest = new Dictionary<int, string>(Manifest),
    };
}
