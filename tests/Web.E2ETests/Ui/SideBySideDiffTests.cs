using AgentSupport.Prompts.Diffing;
using AgentSupport.Web.Ui.Admin;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class SideBySideDiffTests
{
    [Fact]
    public void A_line_edited_in_place_reads_across_one_row()
    {
        var diff = PromptDiffer.Compare("a\nold\nc\n", "a\nnew\nc\n");

        var rows = SideBySideDiff.Rows(diff.Lines);

        Assert.Equal(3, rows.Count);
        Assert.False(rows[0].IsChange);
        Assert.Equal(("old", 2, "new", 2), (rows[1].Old!.Text, rows[1].Old!.OldNumber!.Value, rows[1].New!.Text, rows[1].New!.NewNumber!.Value));
        Assert.Equal(DiffLineKind.Removed, rows[1].Old!.Kind);
        Assert.Equal(DiffLineKind.Added, rows[1].New!.Kind);
        Assert.Equal((3, 3), (rows[2].Old!.OldNumber!.Value, rows[2].New!.NewNumber!.Value));
    }

    [Fact]
    public void Extra_lines_of_a_change_face_a_blank_and_keep_their_own_numbers()
    {
        var lines = new DiffLine[]
        {
            new(DiffLineKind.Unchanged, 1, 1, "same"),
            new(DiffLineKind.Removed, 2, null, "gone"),
            new(DiffLineKind.Added, null, 2, "first"),
            new(DiffLineKind.Added, null, 3, "second"),
            new(DiffLineKind.Unchanged, 3, 4, "tail"),
            new(DiffLineKind.Removed, 4, null, "dropped"),
        };

        var rows = SideBySideDiff.Rows(lines);

        Assert.Equal(5, rows.Count);
        Assert.Equal(("gone", "first"), (rows[1].Old!.Text, rows[1].New!.Text));
        Assert.Null(rows[2].Old);
        Assert.Equal(3, rows[2].New!.NewNumber);
        Assert.True(rows[2].IsChange);
        Assert.Equal((3, 4), (rows[3].Old!.OldNumber!.Value, rows[3].New!.NewNumber!.Value));
        Assert.Equal("dropped", rows[4].Old!.Text);
        Assert.Null(rows[4].New);
    }

    [Fact]
    public void Every_line_of_the_diff_appears_once_on_its_side()
    {
        var diff = PromptDiffer.Compare("1\n2\n3\n4\n5\n", "0\n1\n3\nx\ny\n5\n6\n");

        var rows = SideBySideDiff.Rows(diff.Lines);

        Assert.Equal(diff.Lines.Where(l => l.Kind != DiffLineKind.Added).Select(l => l.OldNumber), rows.Where(r => r.Old is not null).Select(r => r.Old!.OldNumber));
        Assert.Equal(diff.Lines.Where(l => l.Kind != DiffLineKind.Removed).Select(l => l.NewNumber), rows.Where(r => r.New is not null).Select(r => r.New!.NewNumber));
    }

    [Theory]
    [InlineData("a\r\nb\r\nc", 2, "b")]
    [InlineData("a\nb\n", 3, "")]
    [InlineData("a\nb", 3, null)]
    [InlineData("a", 0, null)]
    public void Template_lines_are_read_by_their_one_based_number(string source, int line, string? expected)
    {
        Assert.Equal(expected, TemplateLines.At(source, line));
    }
}
