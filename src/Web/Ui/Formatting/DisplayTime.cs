using System.Globalization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Web.Ui.Formatting;

/// <summary>
/// Timestamps as people read them: in hub-local time (central Mexico, where every hub and appointment
/// is, so the UI agrees with what the agent says) and in the UI language's date format.
/// </summary>
public static class DisplayTime
{
    public static string Format(DateTime utc) => Format(utc, CultureInfo.CurrentCulture);

    public static string Format(DateTime utc, CultureInfo culture) =>
        MexicoTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("g", culture);
}
