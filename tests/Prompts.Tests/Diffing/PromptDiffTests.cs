using AgentSupport.Prompts.Diffing;
namespace AgentSupport.Prompts.Tests.Diffing;

public sealed class PromptDiffTests
{
    [Fact]
    public void Line_diff_numbers_both_sides()
    {
        var diff = PromptDiffer.Compare("a\nb\nc\n", "a\nB\nc\nd\n");

        Assert.Equal(
            [
                new DiffLine(DiffLineKind.Unchanged, 1, 1, "a"),
                new DiffLine(DiffLineKind.Removed, 2, null, "b"),
                new DiffLine(DiffLineKind.Added, null, 2, "B"),
                new DiffLine(DiffLineKind.Unchanged, 3, 3, "c"),
                new DiffLine(DiffLineKind.Added, null, 4, "d"),
            ],
            diff.Lines);
        Assert.Equal((2, 1, true), (diff.Added, diff.Removed, diff.HasChanges));
    }

    [Fact]
    public void Whitespace_changes_count()
    {
        Assert.True(PromptDiffer.Compare("Hola  cliente\n", "Hola cliente\n").HasChanges);
    }

    [Fact]
    public void Unified_text_has_headers_and_hunks()
    {
        var diff = PromptDiffer.Compare("a\nb\nc\n", "a\nB\nc\nd\n", "v1.scriban", "v2.scriban");

        Assert.Equal("--- v1.scriban\n+++ v2.scriban\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n", UnifiedDiffRenderer.Render(diff));
    }

    [Fact]
    public void Distant_changes_get_separate_hunks_with_context()
    {
        var old = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"l{i}"));
        var changed = old.Replace("l2", "L2", StringComparison.Ordinal).Replace("l9", "L9", StringComparison.Ordinal);

        var text = UnifiedDiffRenderer.Render(PromptDiffer.Compare(old, changed), contextLines: 1);

        Assert.Equal("--- old\n+++ new\n@@ -1,3 +1,3 @@\n l1\n-l2\n+L2\n l3\n@@ -8,3 +8,3 @@\n l8\n-l9\n+L9\n l10\n", text);
    }

    [Fact]
    public void Insertion_into_an_empty_text_starts_at_zero()
    {
        Assert.Equal("--- old\n+++ new\n@@ -0,0 +1 @@\n+hola\n", UnifiedDiffRenderer.Render(PromptDiffer.Compare("", "hola\n")));
    }

    [Fact]
    public void Equal_texts_render_nothing()
    {
        Assert.Equal("", UnifiedDiffRenderer.Render(PromptDiffer.Compare("a\n", "a\n")));
    }
}
