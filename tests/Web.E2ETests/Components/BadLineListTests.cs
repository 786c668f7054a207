using AgentSupport.Web.Components.Pages.Admin.Workbench;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Workbench.Analysis;
using Bunit;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class BadLineListTests() : UiTestContext(UiCultures.English)
{
    [Fact]
    public void Each_skipped_line_is_listed_by_its_number_with_its_reason_under_the_full_count()
    {
        var list = Render<BadLineList>(p => p
            .Add(l => l.Lines, [new BadLine(3, "not JSON"), new BadLine(17, "missing field 'transcript'")])
            .Add(l => l.Total, 120));

        Assert.Contains("120 bad lines (skipped)", list.Find("h3").TextContent);
        var items = list.FindAll(".mud-list-item");
        Assert.Equal(2, items.Count);
        Assert.Contains("Line 3: not JSON", items[0].TextContent);
        Assert.Contains("Line 17: missing field 'transcript'", items[1].TextContent);
    }
}
