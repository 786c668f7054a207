using AgentSupport.Web.Components.Pages.Admin.Workbench;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Loop.Comparison;
using Bunit;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class DeltaArrowTests() : UiTestContext(UiCultures.English)
{
    [Theory]
    [InlineData(DeltaDirection.Better, "up", "better")]
    [InlineData(DeltaDirection.Worse, "down", "worse")]
    [InlineData(DeltaDirection.WithinNoise, "equal", "within noise")]
    public void Each_direction_shows_its_icon_and_says_it_in_words(DeltaDirection direction, string icon, string words)
    {
        var arrow = Render<DeltaArrow>(p => p.Add(a => a.Direction, direction)).Find("[data-testid='delta-arrow']");

        Assert.Equal(icon, Icon(arrow));
        Assert.Empty(arrow.TextContent.Trim());
        Assert.Equal(words, arrow.GetAttribute("aria-label"));
    }

    [Fact]
    public void Fewer_turns_is_an_up_arrow_while_a_lower_resolution_rate_is_a_down_arrow()
    {
        var fell = new ConfidenceInterval(-0.9, -0.2);

        var turns = Render<DeltaArrow>(p => p.Add(a => a.Direction, Metric.AvgTurns.Classify(fell)));
        var resolution = Render<DeltaArrow>(p => p.Add(a => a.Direction, Metric.ResolutionRate.Classify(fell)));

        Assert.Equal("up", Icon(turns.Find("span")));
        Assert.Equal("down", Icon(resolution.Find("span")));
    }

    [Fact]
    public void An_interval_across_zero_or_no_interval_is_within_noise()
    {
        var across = Render<DeltaArrow>(p => p.Add(a => a.Direction, Metric.Composite.Classify(new ConfidenceInterval(-0.1, 0.2))));
        var none = Render<DeltaArrow>(p => p.Add(a => a.Direction, Metric.AvgCsat.Classify(null)));

        Assert.Equal("equal", Icon(across.Find("span")));
        Assert.Equal("equal", Icon(none.Find("span")));
    }

    private static string? Icon(AngleSharp.Dom.IElement arrow) => arrow.QuerySelector("svg")?.GetAttribute("data-icon");
}
