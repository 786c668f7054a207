using AgentSupport.Prompts.Templates;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AgentSupport.Prompts.Diffing;

/// <summary>Line diff of prompt texts with DiffPlex; whitespace counts, since it changes what the model reads.</summary>
public static class PromptDiffer
{
    public static PromptDiff Compare(PromptVersion from, PromptVersion to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return Compare(from.Source, to.Source, from.File, to.File);
    }

    public static PromptDiff Compare(string oldText, string newText, string oldName = "old", string newName = "new")
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);

        // DiffPlex reports the empty remainder after a final newline as a line of its own.
        var model = InlineDiffBuilder.Diff(TrimFinalNewline(oldText), TrimFinalNewline(newText), ignoreWhiteSpace: false);
        var lines = new List<DiffLine>(model.Lines.Count);
        int oldNumber = 0, newNumber = 0;
        foreach (var piece in model.Lines)
        {
            var text = piece.Text ?? "";
            switch (piece.Type)
            {
                case ChangeType.Deleted:
                    lines.Add(new DiffLine(DiffLineKind.Removed, ++oldNumber, null, text));
                    break;
                case ChangeType.Inserted:
                    lines.Add(new DiffLine(DiffLineKind.Added, null, ++newNumber, text));
                    break;
                default:
                    lines.Add(new DiffLine(DiffLineKind.Unchanged, ++oldNumber, ++newNumber, text));
                    break;
            }
        }

        return new PromptDiff(oldName, newName, lines);
    }

    private static string TrimFinalNewline(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
}
