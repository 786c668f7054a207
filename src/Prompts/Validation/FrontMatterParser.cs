using System.Text;
using System.Text.RegularExpressions;

namespace AgentSupport.Prompts;

/// <summary>
/// Reads the small YAML-like front matter of prompt files: <c>key: value</c> lines between two
/// <c>---</c> lines, values bare or quoted, lists as <c>[a, b]</c>, whole-line <c>#</c> comments.
/// Only this subset exists, so each error can name an exact line and column.
/// </summary>
internal static partial class FrontMatterParser
{
    private const string Delimiter = "---";

    /// <returns>The entries of the lines that could be read, or null when there is no complete front matter block.</returns>
    public static FrontMatter? Parse(string text, string file, ICollection<PromptProblem> problems)
    {
        var lines = SplitLines(text);
        if (lines.Count == 0 || lines[0].Text.TrimEnd() != Delimiter)
        {
            problems.Add(Problem(file, 1, 1, "a prompt file must start with a front matter block: '---' on line 1"));
            return null;
        }

        var closing = lines.FindIndex(1, line => line.Text.TrimEnd() == Delimiter);
        if (closing < 0)
        {
            problems.Add(Problem(file, 1, 1, "the front matter opened on line 1 is never closed: add a line with '---' before the template"));
            return null;
        }

        var entries = new List<FrontMatterEntry>();
        var errorsBefore = problems.Count;
        for (var i = 1; i < closing; i++)
        {
            var entry = ParseLine(lines[i].Text, i + 1, file, problems);
            if (entry is null)
            {
                continue;
            }

            if (entries.Any(existing => existing.Key == entry.Key))
            {
                problems.Add(Problem(file, entry.Line, 1, $"duplicate key '{entry.Key}'"));
                continue;
            }

            entries.Add(entry);
        }

        var bodyStart = closing + 1 < lines.Count ? lines[closing + 1].Offset : text.Length;
        return new FrontMatter(entries, closing + 1, text[bodyStart..], HasBadLines: problems.Count > errorsBefore);
    }

    private static FrontMatterEntry? ParseLine(string line, int lineNumber, string file, ICollection<PromptProblem> problems)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
        {
            return null;
        }

        var match = KeyPattern().Match(line);
        if (!match.Success)
        {
            problems.Add(Problem(file, lineNumber, 1, $"expected 'key: value' with the key at the start of the line, found '{trimmed}'"));
            return null;
        }

        var key = match.Groups["key"].Value;
        var valueGroup = match.Groups["value"];
        var leading = valueGroup.Value.Length - valueGroup.Value.TrimStart().Length;
        var column = valueGroup.Index + leading + 1;
        var raw = valueGroup.Value.Trim();

        if (raw.StartsWith('['))
        {
            var items = ParseList(raw, column, lineNumber, file, problems);
            return items is null ? null : new FrontMatterEntry(key, lineNumber, column, raw, items);
        }

        var scalar = ParseScalar(raw, column, lineNumber, file, problems);
        return scalar is null ? null : new FrontMatterEntry(key, lineNumber, column, scalar, null);
    }

    private static List<FrontMatterItem>? ParseList(string raw, int column, int line, string file, ICollection<PromptProblem> problems)
    {
        if (!raw.EndsWith(']'))
        {
            problems.Add(Problem(file, line, column + raw.Length, "a list must end with ']'"));
            return null;
        }

        var items = new List<FrontMatterItem>();
        var inner = raw[1..^1];
        if (inner.Trim().Length == 0)
        {
            return items;
        }

        var start = 0;
        char? quote = null;
        for (var i = 0; i <= inner.Length; i++)
        {
            if (i < inner.Length)
            {
                var c = inner[i];
                if (quote is not null)
                {
                    if (c == '\\' && quote == '"')
                    {
                        i++;
                    }
                    else if (c == quote)
                    {
                        quote = null;
                    }

                    continue;
                }

                if (c is '"' or '\'')
                {
                    quote = c;
                    continue;
                }

                if (c != ',')
                {
                    continue;
                }
            }

            var piece = inner[start..Math.Min(i, inner.Length)];
            var itemColumn = column + 1 + start + (piece.Length - piece.TrimStart().Length);
            if (piece.Trim().Length == 0)
            {
                problems.Add(Problem(file, line, itemColumn, "empty list item"));
                return null;
            }

            var value = ParseScalar(piece.Trim(), itemColumn, line, file, problems);
            if (value is null)
            {
                return null;
            }

            items.Add(new FrontMatterItem(value, itemColumn));
            start = i + 1;
        }

        return items;
    }

    private static string? ParseScalar(string raw, int column, int line, string file, ICollection<PromptProblem> problems)
    {
        if (raw.StartsWith('\''))
        {
            if (raw.Length < 2 || !raw.EndsWith('\''))
            {
                problems.Add(Problem(file, line, column, "unterminated single-quoted value"));
                return null;
            }

            return raw[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (!raw.StartsWith('"'))
        {
            return raw;
        }

        var text = new StringBuilder();
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                if (i != raw.Length - 1)
                {
                    problems.Add(Problem(file, line, column + i + 1, "unexpected text after the closing quote"));
                    return null;
                }

                return text.ToString();
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (i + 1 >= raw.Length)
            {
                break;
            }

            var escaped = raw[++i];
            switch (escaped)
            {
                case '"' or '\\':
                    text.Append(escaped);
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                default:
                    problems.Add(Problem(file, line, column + i - 1, $"unknown escape '\\{escaped}' (use \\\", \\\\, \\n or \\t)"));
                    return null;
            }
        }

        problems.Add(Problem(file, line, column, "unterminated double-quoted value"));
        return null;
    }

    private static List<(string Text, int Offset)> SplitLines(string text)
    {
        var lines = new List<(string Text, int Offset)>();
        var offset = 0;
        while (offset < text.Length)
        {
            var end = text.IndexOf('\n', offset);
            var next = end < 0 ? text.Length : end + 1;
            var content = text[offset..(end < 0 ? text.Length : end)];
            lines.Add((content.EndsWith('\r') ? content[..^1] : content, offset));
            offset = next;
        }

        return lines;
    }

    private static PromptProblem Problem(string file, int line, int column, string message) =>
        new(PromptProblemKind.FrontMatter, file, line, column, message);

    [GeneratedRegex("^(?<key>[a-z_][a-z0-9_]*)[ \\t]*:(?<value>.*)$")]
    private static partial Regex KeyPattern();
}
