namespace AgentSupport.Web.Domain;

/// <summary>
/// Instants are stored as UTC <see cref="DateTime"/> columns: SQLite cannot order or compare
/// <see cref="DateTimeOffset"/> values, and the ports speak <see cref="DateTimeOffset"/>, so the
/// conversion happens here, at the boundary, and nowhere else.
/// </summary>
internal static class UtcInstant
{
    public static DateTime ToStored(this DateTimeOffset instant) => instant.UtcDateTime;

    public static DateTime? ToStored(this DateTimeOffset? instant) => instant?.UtcDateTime;

    public static DateTimeOffset ToInstant(this DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    public static DateTimeOffset? ToInstant(this DateTime? stored) => stored is { } value ? value.ToInstant() : null;
}
