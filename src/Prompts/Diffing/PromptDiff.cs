namespace AgentSupport.Prompts.Diffing;

/// <summary>A line diff between two prompt texts, numbered on both sides.</summary>
public sealed record PromptDiff(string OldName, string NewName, IReadOnlyList<DiffLine> Lines)
{
    public int Added => Lines.Count(line => line.Kind == DiffLineKind.Added);

    public int Removed => Lines.Count(line => line.Kind == DiffLineKind.Removed);

    public bool HasChanges => Lines.Any(line => line.Kind != DiffLineKind.Unchanged);
}

/// <summary>One line of a diff. Removed lines have only an old number, added lines only a new one.</summary>
public sealed record DiffLine(DiffLineKind Kind, int? OldNumber, int? NewNumber, string Text);

public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,
}
