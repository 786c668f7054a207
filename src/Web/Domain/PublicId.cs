using System.Globalization;

namespace AgentSupport.Web.Domain;

/// <summary>
/// The ids customers and the model see ("OF-12", "TK-7"): a prefix naming the kind of record and its
/// row id, so an id of one kind can never be mistaken for another's.
/// </summary>
internal static class PublicId
{
    public const string Offer = "OF";
    public const string Inspection = "IN";
    public const string Payout = "PO";
    public const string Deal = "DL";
    public const string WarrantyClaim = "WC";
    public const string Appointment = "AP";
    public const string Ticket = "TK";

    public static string Format(string prefix, int id) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{id}");

    /// <summary>Reads "OF-12" (any case, surrounding spaces ignored) as row id 12; anything else is no id.</summary>
    public static bool TryParse(string prefix, string? text, out int id)
    {
        id = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length > prefix.Length + 1
            && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && trimmed[prefix.Length] == '-'
            && int.TryParse(trimmed.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id)
            && id > 0;
    }
}
