using System.Globalization;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>How the console writes metrics: in the UI culture, "—" where the metric does not exist.</summary>
public static class MetricFormat
{
    public const string Missing = "—";
    private const double CsatScale = 5;

    /// <summary>A registry metric's value in its own unit: shares and scores in percent, CSAT out of 5.</summary>
    public static string Value(Metric metric, double? value) => metric.Unit switch
    {
        MetricUnit.Share or MetricUnit.Score => Percent(value),
        MetricUnit.Stars => Csat(value),
        MetricUnit.Seconds => Seconds(value),
        _ => Number(value),
    };

    public static string Percent(double? share) =>
        share is { } value ? (value * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %" : Missing;

    public static string Csat(double? csat) =>
        csat is { } value ? value.ToString("0.0#", CultureInfo.CurrentCulture) + " / 5" : Missing;

    public static string Number(double? value) =>
        value is { } number ? number.ToString("0.#", CultureInfo.CurrentCulture) : Missing;

    public static string Seconds(double? seconds) =>
        seconds is { } value ? value.ToString("0", CultureInfo.CurrentCulture) + " s" : Missing;

    /// <summary>A share (0–1) as a chart value in percent; null stays a gap in the chart.</summary>
    public static double? AsPercent(double? share) => share is { } value ? Math.Round(value * 100, 1) : null;

    /// <summary>CSAT on the same 0–100 scale as the shares it is charted with (5 stars = 100).</summary>
    public static double? CsatAsPercent(double? csat) => csat is { } value ? Math.Round(value / CsatScale * 100, 1) : null;
}
