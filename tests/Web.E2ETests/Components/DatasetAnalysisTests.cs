using AgentSupport.Web.Components.Pages.Admin.Workbench;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Web.Workbench;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using Bunit;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class DatasetAnalysisTests() : UiTestContext(UiCultures.English)
{
    [Fact]
    public void Intents_are_listed_by_their_readable_names_largest_first_with_bars_in_proportion()
    {
        var analysis = Render<DatasetAnalysis>(p => p
            .Add(c => c.Dataset, new DatasetInfo("ds-1", "sample.jsonl", DatasetInfo.UploadSource, DateTimeOffset.UnixEpoch, 10, 200, 0, []))
            .Add(c => c.Result, Result(new() { ["warranty_claim"] = 100, ["credit_prequal"] = 50, ["kyc_docs"] = 0, ["trade_in_<b>x</b>"] = 25 })));

        var rows = analysis.FindAll("[data-testid='intents-chart'] [role='listitem']");
        Assert.Equal(["warranty_claim", "credit_prequal", "trade_in_<b>x</b>"], rows.Select(r => r.GetAttribute("data-intent")));
        Assert.Equal(["Warranty claim", "Credit pre-qualification", "Trade in <b>x</b>"], rows.Select(r => r.QuerySelector(".intent-bar-name")!.TextContent));
        Assert.Equal(["width:100%", "width:50%", "width:25%"], rows.Select(r => r.QuerySelector(".intent-bar-fill")!.GetAttribute("style")));
        Assert.Equal("50", rows[1].QuerySelector(".intent-bar-count")!.TextContent);
        // A discovered intent's name is data: text, never markup; and no axis of overlapping labels is drawn.
        Assert.Empty(analysis.FindAll("[data-testid='intents-chart'] b"));
        Assert.Empty(analysis.FindAll("[data-testid='intents-chart'] svg"));
    }

    [Fact]
    public void Spanish_admins_read_the_intents_in_spanish()
    {
        Assert.Equal("Reclamo de garantía", UiStrings.Spanish.Workbench.IntentName("warranty_claim"));
        Assert.Equal("Shipping other city", UiStrings.English.Workbench.IntentName("shipping_other_city"));
    }

    private static AnalysisResult Result(Dictionary<string, long> intents) => new()
    {
        Overall = new() { N = 200, ResolutionRate = 0.5, AvgCsat = 3.5, AvgTurns = 6, AvgDurationSec = 300, Composite = 0.4 },
        NBadLines = 0, BadLines = [],
        Intents = intents, Ranking = [], ByContext = new Dictionary<string, ConversationMetrics>(),
    };
}
