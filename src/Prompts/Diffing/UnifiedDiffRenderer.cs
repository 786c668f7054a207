using System.Text;

namespace AgentSupport.Prompts.Diffing;

/// <summary>Renders a <see cref="PromptDiff"/> as unified diff text (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks) for the CLI and reviews.</summary>
public static class UnifiedDiffRenderer
{
    /// <returns>The unified diff, or an empty string when the texts are equal.</returns>
    public static string Render(PromptDiff diff, int contextLines = 3)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentOutOfRangeException.ThrowIfNegative(contextLines);
        if (!diff.HasChanges)
        {
            return "";
        }

        var text = new StringBuilder()
            .Append("--- ").Append(diff.OldName).Append('\n')
            .Append("+++ ").Append(diff.NewName).Append('\n');
        foreach (var (start, end) in Hunks(diff.Lines, contextLines))
        {
            var hunk = diff.Lines.Skip(start).Take(end - start).ToArray();
            var oldCount = hunk.Count(line => line.OldNumber is not null);
            var newCount = hunk.Count(line => line.NewNumber is not null);
            var oldBefore = diff.Lines.Take(start).Count(line => line.OldNumber is not null);
            var newBefore = diff.Lines.Take(start).Count(line => line.NewNumber is not null);
            text.Append("@@ -").Append(Range(oldBefore, oldCount)).Append(" +").Append(Range(newBefore, newCount)).Append(" @@\n");
            foreach (var line in hunk)
            {
                text.Append(line.Kind switch
                {
                    DiffLineKind.Added => '+',
                    DiffLineKind.Removed => '-',
                    _ => ' ',
                }).Append(line.Text).Append('\n');
            }
        }

        return text.ToString();
    }

    // Unified diff numbers an empty side by the line before it, so "-0,0" means "at the start".
    private static string Range(int before, int count) => count == 0 ? $"{before},0" : count == 1 ? $"{before + 1}" : $"{before + 1},{count}";

    private static List<(int Start, int End)> Hunks(IReadOnlyList<DiffLine> lines, int context)
    {
        var hunks = new List<(int Start, int End)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffLineKind.Unchanged)
            {
                continue;
            }

            var start = Math.Max(0, i - context);
            var end = Math.Min(lines.Count, i + context + 1);
            if (hunks.Count > 0 && start <= hunks[^1].End)
            {
                hunks[^1] = (hunks[^1].Start, end);
            }
            else
            {
                hunks.Add((start, end));
            }
        }

        return hunks;
    }
}
