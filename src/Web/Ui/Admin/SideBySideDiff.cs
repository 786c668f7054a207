using AgentSupport.Prompts;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>One row of a side-by-side diff: the old line on the left, the new one on the right; either may be absent.</summary>
public sealed record SideBySideRow(DiffLine? Old, DiffLine? New)
{
    public bool IsChange => Old?.Kind != DiffLineKind.Unchanged || New?.Kind != DiffLineKind.Unchanged;
}

public static class SideBySideDiff
{
    /// <summary>
    /// Lays a line diff out in two columns. Within each run of changes the removed lines face the added ones in
    /// order, so a line edited in place reads across one row; a run's extra lines face a blank.
    /// </summary>
    public static IReadOnlyList<SideBySideRow> Rows(IReadOnlyList<DiffLine> lines)
    {
        var rows = new List<SideBySideRow>(lines.Count);
        var removed = new List<DiffLine>();
        var added = new List<DiffLine>();

        void CloseRun()
        {
            for (var i = 0; i < Math.Max(removed.Count, added.Count); i++)
                rows.Add(new SideBySideRow(i < removed.Count ? removed[i] : null, i < added.Count ? added[i] : null));
            removed.Clear();
            added.Clear();
        }

        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case DiffLineKind.Removed: removed.Add(line); break;
                case DiffLineKind.Added: added.Add(line); break;
                default:
                    CloseRun();
                    rows.Add(new SideBySideRow(line, line));
                    break;
            }
        }
        CloseRun();
        return rows;
    }
}
