using System.Globalization;
using AgentSupport.Web.Ui.Admin;
using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Web.Ui.Workbench;

/// <summary>How the Workbench pages write compared metrics, each in its own unit (shares in percent, CSAT out of 5).</summary>
public static class WorkbenchFormat
{
    public static string Value(string metric, double? value) =>
        Metric.Find(metric) is { } known ? MetricFormat.Value(known, value) : MetricFormat.Number(value);

    /// <summary>A signed change: percentage points for shares, plain units otherwise.</summary>
    public static string Change(string metric, double? delta)
    {
        if (delta is not { } value) return MetricFormat.Missing;
        var sign = value > 0 ? "+" : value < 0 ? "−" : "±";
        var magnitude = Math.Abs(value);
        return sign + Metric.Find(metric)?.Unit switch
        {
            MetricUnit.Share or MetricUnit.Score => (magnitude * 100).ToString("0.#", CultureInfo.CurrentCulture) + " pp",
            MetricUnit.Stars => magnitude.ToString("0.0#", CultureInfo.CurrentCulture),
            MetricUnit.Seconds => magnitude.ToString("0", CultureInfo.CurrentCulture) + " s",
            _ => magnitude.ToString("0.#", CultureInfo.CurrentCulture),
        };
    }

    public static string Interval(string metric, ConfidenceInterval? interval) =>
        interval is null ? MetricFormat.Missing : $"[{Change(metric, interval.Low)}, {Change(metric, interval.High)}]";

    public static string Direction(DeltaDirection direction, WorkbenchStrings text) => direction switch
    {
        DeltaDirection.Better => text.DirectionBetter,
        DeltaDirection.Worse => text.DirectionWorse,
        _ => text.DirectionNoise,
    };

    /// <summary>Bytes in the largest unit that keeps the number readable.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.CurrentCulture) + " GB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.0", CultureInfo.CurrentCulture) + " MB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0", CultureInfo.CurrentCulture) + " KB",
        _ => bytes.ToString(CultureInfo.CurrentCulture) + " B",
    };
}
