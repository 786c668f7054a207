using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentSupport.Plugins.Common;

/// <summary>
/// Hub-local time. Every hub is in central Mexico, which has kept UTC-6 all year since daylight
/// saving was abolished in 2022, so a fixed offset is exact and needs no time-zone database.
/// A date-time the model writes without an offset is read as hub-local time.
/// </summary>
public static partial class MexicoTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-6);

    public const string DateTimeFormatHint = "ISO 8601 hub-local time such as 2025-06-10T10:00";

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>"2025-06-10T10:00:00-06:00": hub-local ISO 8601, as written to the model and to sandbox effects.</summary>
    public static string Iso(DateTimeOffset instant) => ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset Now(TimeProvider time) => ToLocal(time.GetUtcNow());

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>Reads "2025-06-10T10:00", "2025-06-10 10:00:00", "2025-06-10T16:00Z" or with an offset.</summary>
    public static bool TryParseDateTime(string? text, out DateTimeOffset value)
    {
        value = default;
        var trimmed = text?.Trim() ?? string.Empty;
        if (!IsoDateTime().IsMatch(trimmed))
        {
            return false;
        }

        var iso = trimmed.Replace(' ', 'T');
        if (IsoOffset().IsMatch(iso))
        {
            if (!DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return false;
            }

            value = ToLocal(withOffset);
            return true;
        }

        if (!DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset);
        return true;
    }

    /// <summary>Reads "2025-06-10".</summary>
    public static bool TryParseDate(string? text, out DateOnly value) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoOffset();
}
