using AgentSupport.Web.Components.Pages.Admin;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Workbench.Analysis.Metrics;
using Bunit;

namespace AgentSupport.Web.E2ETests.Components;

/// <summary>MudChart writes axis labels as markup, so a label from data must arrive encoded.</summary>
public sealed class ChartLabelSecurityTests() : UiTestContext(UiCultures.English)
{
    [Fact]
    public void A_breakdown_label_holding_markup_is_drawn_as_text()
    {
        const string payload = "<img src=x onerror=alert(1)>";
        var rows = new Dictionary<string, ConversationMetrics> { [payload] = new() { N = 3, ResolutionRate = 0.5, AvgCsat = 3, AvgTurns = 4, AvgDurationSec = 60, Composite = 0.4 } };

        var card = Render<BreakdownCard>(p => p
            .Add(c => c.Title, "By context")
            .Add(c => c.Rows, rows)
            .Add(c => c.Label, (Func<string, string>)(key => key)));

        Assert.Empty(card.FindAll("svg img"));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", card.Find("svg").InnerHtml);
    }
}
