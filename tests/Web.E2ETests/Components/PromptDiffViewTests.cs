using AgentSupport.Prompts.Diffing;
using AgentSupport.Web.Components.Pages.Admin.Prompts;
using AgentSupport.Web.Prompts;
using Bunit;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class PromptDiffViewTests : UiTestContext
{
    [Fact]
    public void Removed_lines_sit_left_and_added_lines_right_with_their_own_numbers()
    {
        var view = RenderDiff("uno\ndos\ntres\n", "uno\nDOS\ntres\ncuatro\n");

        var rows = view.FindAll("[data-testid=prompt-diff] tbody tr");
        Assert.Equal(4, rows.Count);
        var edited = rows[1].QuerySelectorAll("td");
        Assert.Equal(["2", "- dos", "2", "+ DOS"], edited.Select(td => td.TextContent));
        Assert.Contains("diff-removed", edited[1].ClassName);
        Assert.Contains("diff-added", edited[3].ClassName);
        var appended = rows[3].QuerySelectorAll("td");
        Assert.Equal(["", "", "4", "+ cuatro"], appended.Select(td => td.TextContent));
        Assert.Contains("diff-blank", appended[1].ClassName);
        Assert.Equal("false", rows[0].GetAttribute("data-change"));
        Assert.Contains(Strings.PromptDiffSummary(2, 1), view.Find("[data-testid=diff-summary]").TextContent);
    }

    [Fact]
    public void Identical_versions_say_so_instead_of_an_empty_table()
    {
        var view = RenderDiff("igual\n", "igual\n");

        Assert.Contains(Strings.PromptNoDifferences, view.Markup);
        Assert.Empty(view.FindAll("[data-testid=prompt-diff]"));
    }

    [Fact]
    public void Long_unchanged_stretches_fold_away_around_three_lines_of_context_and_open_on_request()
    {
        var before = Enumerable.Range(1, 40).Select(n => $"línea {n}").ToList();
        var after = before.ToList();
        after[19] = "línea 20 editada";
        var view = RenderDiff(string.Join('\n', before) + "\n", string.Join('\n', after) + "\n");

        // Lines 1–16 and 24–40 fold; 17–19, the change and 21–23 stay.
        var folds = view.FindAll("[data-testid=diff-fold]");
        Assert.Equal([Strings.PromptDiffShowUnchanged(16, 1, 16), Strings.PromptDiffShowUnchanged(17, 24, 40)], folds.Select(f => f.TextContent.Trim()));
        var shown = view.FindAll("[data-testid=prompt-diff] tbody tr:not(.diff-fold)");
        Assert.Equal(["17", "18", "19", "20", "21", "22", "23"], shown.Select(r => r.QuerySelectorAll("td")[2].TextContent));

        view.FindAll("[data-testid=diff-fold] button")[1].Click();

        Assert.Single(view.FindAll("[data-testid=diff-fold]"));
        Assert.Equal("40", view.FindAll("[data-testid=prompt-diff] tbody tr").Last().QuerySelectorAll("td")[2].TextContent);
        Assert.Equal(7 + 17, view.FindAll("[data-testid=prompt-diff] tbody tr:not(.diff-fold)").Count);
    }

    [Fact]
    public void Short_unchanged_stretches_stay_in_view()
    {
        var view = RenderDiff("a\nb\nc\nd\ne\nf\ng\nh\ni\n", "A\nb\nc\nd\ne\nf\ng\nh\nI\n");

        // Seven unchanged lines between two changes: three after the first, three before the second, one left over.
        Assert.Empty(view.FindAll("[data-testid=diff-fold]"));
        Assert.Equal(9, view.FindAll("[data-testid=prompt-diff] tbody tr").Count);
    }

    private IRenderedComponent<PromptDiffView> RenderDiff(string before, string after)
    {
        var diff = PromptDiffer.Compare(before, after);
        return Render<PromptDiffView>(parameters => parameters
            .Add(p => p.Diff, new DiffResponse(1, 2, diff.Added, diff.Removed, diff.Lines, UnifiedDiffRenderer.Render(diff))));
    }
}
