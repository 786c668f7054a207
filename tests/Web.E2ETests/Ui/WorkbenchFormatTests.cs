using System.Globalization;
using AgentSupport.Web.Ui.Workbench;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class WorkbenchFormatTests
{
    [Fact]
    public void Shares_change_in_percentage_points_and_other_metrics_in_their_own_unit()
    {
        using var _ = new CultureScope("en-US");

        Assert.Equal("+12.5 pp", WorkbenchFormat.Change("composite", 0.125));
        Assert.Equal("−3 s", WorkbenchFormat.Change("avg_duration_sec", -3));
        Assert.Equal("+0.25", WorkbenchFormat.Change("avg_csat", 0.25));
        Assert.Equal("±0", WorkbenchFormat.Change("avg_turns", 0));
        Assert.Equal("—", WorkbenchFormat.Change("avg_turns", null));
    }

    [Fact]
    public void An_interval_is_written_with_both_ends_signed_or_as_missing()
    {
        using var _ = new CultureScope("en-US");

        Assert.Equal("[−10 pp, +5 pp]", WorkbenchFormat.Interval("resolution_rate", new ConfidenceInterval(-0.1, 0.05)));
        Assert.Equal("—", WorkbenchFormat.Interval("resolution_rate", null));
    }

    [Fact]
    public void Values_follow_the_ui_culture()
    {
        using var _ = new CultureScope("es-MX");

        Assert.Equal("4.25 / 5", WorkbenchFormat.Value("avg_csat", 4.25));
        Assert.Equal("1.0 MB", WorkbenchFormat.Size(1L << 20));
        using var spain = new CultureScope("es-ES");
        Assert.Equal("4,25 / 5", WorkbenchFormat.Value("avg_csat", 4.25));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

        public CultureScope(string culture) => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        public void Dispose() => CultureInfo.CurrentCulture = _previous;
    }
}
