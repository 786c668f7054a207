using System.Net;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>
/// Labels for MudChart's axes. MudChart writes them into its SVG as markup, not text, so a label from data (a context,
/// a channel, an intent name in an uploaded file) would run as script: every label is encoded before it gets there.
/// </summary>
public static class ChartLabels
{
    public static string[] From(IEnumerable<string> labels) => labels.Select(label => WebUtility.HtmlEncode(label)!).ToArray();
}
