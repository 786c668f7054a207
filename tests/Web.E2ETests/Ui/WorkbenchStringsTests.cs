using AgentSupport.Web.Ui.Localization;
using AgentSupport.Web.Ui.Workbench;
using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class WorkbenchStringsTests
{
    public static TheoryData<string> Languages => [UiCultures.English, UiCultures.Spanish];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_run_status_verdict_and_compared_metric_has_a_name_in_each_language(string culture)
    {
        var text = WorkbenchStrings.For(culture);

        Assert.All(Enum.GetValues<RunStatus>(), status => Assert.True(text.Statuses.ContainsKey(status.ToString()), $"{culture}: {status}"));
        Assert.All(Enum.GetValues<Verdict>(), verdict => Assert.True(text.Verdicts.ContainsKey(verdict.ToString()), $"{culture}: {verdict}"));
        Assert.All(Metric.All, metric => Assert.True(text.Metrics.ContainsKey(metric.Key), $"{culture}: {metric.Key}"));
    }

    [Fact]
    public void The_console_texts_lead_to_the_workbench_texts_of_the_same_language()
    {
        Assert.Same(WorkbenchStrings.Spanish, UiStrings.Spanish.Workbench);
        Assert.Same(WorkbenchStrings.English, UiStrings.English.Workbench);
        Assert.Equal("Esperando aprobación", UiStrings.Spanish.Workbench.StatusName(nameof(RunStatus.AwaitingApproval)));
    }
}
