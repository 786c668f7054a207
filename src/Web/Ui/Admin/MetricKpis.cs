using System.Globalization;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>The headline figures of an analysis, one per registry metric after the count, as the dashboard and the Workbench show them.</summary>
public static class MetricKpis
{
    /// <param name="testIdPrefix">Each figure's test id is the prefix and the metric key, e.g. <c>kpi-composite</c>.</param>
    public static IEnumerable<(string Label, string Value, string TestId)> Of(UiStrings text, AnalysisResult result, string testIdPrefix) =>
    [
        (text.ConversationsAnalysed, result.NValid.ToString(CultureInfo.CurrentCulture), $"{testIdPrefix}-n"),
        .. Metric.All.Select(metric => (text.Workbench.MetricName(metric), MetricFormat.Value(metric, metric.Read(result.Overall)), $"{testIdPrefix}-{metric.Key}")),
    ];
}
