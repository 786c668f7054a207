using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentSupport.Prompts.Validation;

/// <summary>
/// Reads the YAML front matter of prompt files: a mapping between two <c>---</c> lines whose values are scalars or
/// lists of scalars. YamlDotNet does the parsing; positions are mapped back to the file's lines and columns, so
/// each problem points where the prompt engineer must look.
/// </summary>
internal static class FrontMatterParser
{
    private const string Delimiter = "---";

    /// <returns>The entries that could be read, or null when there is no complete front matter block.</returns>
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

        var yaml = string.Join('\n', lines.Skip(1).Take(closing - 1).Select(line => line.Text));
        var bodyStart = closing + 1 < lines.Count ? lines[closing + 1].Offset : text.Length;
        var errorsBefore = problems.Count;
        var entries = Entries(yaml, file, problems);
        return new FrontMatter(entries, closing + 1, text[bodyStart..], HasBadLines: problems.Count > errorsBefore);
    }

    private static List<FrontMatterEntry> Entries(string yaml, string file, ICollection<PromptProblem> problems)
    {
        var entries = new List<FrontMatterEntry>();
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            problems.Add(Problem(file, ex.Start, YamlMessage(ex)));
            return entries;
        }

        if (root is null || root is YamlScalarNode { Value: null or "" })
        {
            return entries;
        }

        if (root is not YamlMappingNode mapping)
        {
            problems.Add(Problem(file, root.Start, "the front matter must be 'key: value' lines"));
            return entries;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                problems.Add(Problem(file, keyNode.Start, "a key must be a plain name such as 'description'"));
                continue;
            }

            var line = Line(keyNode.Start);
            var column = Column(valueNode.Start);
            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    entries.Add(new FrontMatterEntry(key, line, column, scalar.Value ?? "", null));
                    break;
                case YamlSequenceNode list when list.Children.All(item => item is YamlScalarNode):
                    var items = list.Children.Cast<YamlScalarNode>().Select(item => new FrontMatterItem(item.Value ?? "", Column(item.Start))).ToList();
                    entries.Add(new FrontMatterEntry(key, line, column, "", items));
                    break;
                default:
                    problems.Add(Problem(file, valueNode.Start, $"'{key}' must be a value or a list of values like [a, b]"));
                    break;
            }
        }

        return entries;
    }

    /// <summary>YamlDotNet's messages carry its own positions ("(Line: 2, Col: 5, ...)"), which are not the file's.</summary>
    private static string YamlMessage(YamlException ex)
    {
        var message = (ex.InnerException as YamlException)?.Message ?? ex.Message;
        var position = message.IndexOf("(Line:", StringComparison.Ordinal);
        var text = (position >= 0 && message.IndexOf("): ", position, StringComparison.Ordinal) is var end and > 0
            ? message[(end + 3)..]
            : message).Trim();
        return "not valid YAML: " + char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.');
    }

    // Mark lines are 1-based within the block, which starts on the file's line 2.
    private static int Line(Mark mark) => (int)mark.Line + 1;

    private static int Column(Mark mark) => (int)mark.Column;

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

    private static PromptProblem Problem(string file, Mark mark, string message) => Problem(file, Line(mark), Column(mark), message);

    private static PromptProblem Problem(string file, int line, int column, string message) =>
        new(PromptProblemKind.FrontMatter, file, line, column, message);
}
