using AgentSupport.Prompts.Diffing;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>One row of a side-by-side diff: the old line on the left, the new one on the right; either may be absent.</summary>
public sealed record SideBySideRow(DiffLine? Old, DiffLine? New)
{
    public bool IsChange => Old?.Kind != DiffLineKind.Unchanged || New?.Kind != DiffLineKind.Unchanged;
}

/// <summary>Consecutive rows of a diff; a folded section is a long unchanged stretch the page hides until asked.</summary>
public sealed record DiffSection(IReadOnlyList<SideBySideRow> Rows, bool Folded);

public static class SideBySideDiff
{
    /// <summary>Unchanged lines kept in view on each side of a change, as GitHub keeps them.</summary>
    public const int Context = 3;

    /// <summary>Shorter unchanged stretches are shown: a button hiding one or two lines costs more than it saves.</summary>
    public const int MinimumFold = 4;

    /// <summary>
    /// Cuts the rows into sections: changes with <see cref="Context"/> unchanged rows around them stay in view, and every
    /// longer unchanged stretch between them (or before the first, or after the last) becomes one folded section.
    /// </summary>
    public static IReadOnlyList<DiffSection> Sections(IReadOnlyList<SideBySideRow> rows)
    {
        var nearChange = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (!rows[i].IsChange) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(rows.Count - 1, i + Context); j++) nearChange[j] = true;
        }

        var sections = new List<DiffSection>();
        var start = 0;
        while (start < rows.Count)
        {
            var end = start;
            while (end < rows.Count && nearChange[end] == nearChange[start]) end++;
            var stretch = rows.Skip(start).Take(end - start).ToArray();
            var fold = !nearChange[start] && stretch.Length >= MinimumFold;
            if (!fold && sections.Count > 0 && !sections[^1].Folded)
                sections[^1] = new DiffSection([.. sections[^1].Rows, .. stretch], Folded: false);
            else
                sections.Add(new DiffSection(stretch, fold));
            start = end;
        }
        return sections;
    }

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
