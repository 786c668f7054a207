using AgentSupport.Prompts;
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

    private IRenderedComponent<PromptDiffView> RenderDiff(string before, string after)
    {
        var diff = PromptDiffer.Compare(before, after);
        return Render<PromptDiffView>(parameters => parameters
            .Add(p => p.Diff, new DiffResponse(1, 2, diff.Added, diff.Removed, diff.Lines, UnifiedDiffRenderer.Render(diff))));
    }
}
