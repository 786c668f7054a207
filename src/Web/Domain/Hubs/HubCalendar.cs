using AgentSupport.Plugins.Common;

namespace AgentSupport.Web.Domain.Hubs;

/// <summary>
/// The slots a hub offers, computed from its opening hours rather than stored, so the calendar never
/// runs out and works on any day. Only bookings are stored; a slot is free when it is offered, still
/// in the future, and not booked.
/// </summary>
public static class HubCalendar
{
    /// <summary>Slot lists are for picking a time soon; a longer window is a caller's mistake.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(62);

    /// <summary>The offered starts within [<paramref name="from"/>, <paramref name="to"/>), in order, hub-local.</summary>
    public static IReadOnlyList<DateTimeOffset> Starts(ServiceHub hub, HubService service, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(hub);
        if (to - from > MaxWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"Slot windows are at most {MaxWindow.TotalDays} days; got {from:O} to {to:O}.");
        }

        var starts = new List<DateTimeOffset>();
        for (var day = LocalDate(from); day <= LocalDate(to); day = day.AddDays(1))
        {
            starts.AddRange(DayStarts(hub, service, day).Where(start => start >= from && start < to));
        }

        return starts;
    }

    /// <summary>Whether <paramref name="start"/> is one of the hub's slot starts for the service (future or not).</summary>
    public static bool Offers(ServiceHub hub, HubService service, DateTimeOffset start) =>
        DayStarts(hub, service, LocalDate(start)).Contains(start);

    private static IEnumerable<DateTimeOffset> DayStarts(ServiceHub hub, HubService service, DateOnly day)
    {
        if (day.DayOfWeek == DayOfWeek.Sunday || BusinessCalendar.IsHoliday(day))
        {
            yield break;
        }

        var (opens, closes) = day.DayOfWeek == DayOfWeek.Saturday
            ? (hub.SaturdayOpensAt, hub.SaturdayClosesAt)
            : (hub.OpensAt, hub.ClosesAt);
        if (opens is null || closes is null)
        {
            yield break;
        }

        var (interval, length) = Rhythm(service);
        var midnight = MexicoTime.StartOf(day);
        for (var offset = opens.Value.ToTimeSpan(); offset + length <= closes.Value.ToTimeSpan(); offset += interval)
        {
            yield return midnight + offset;
        }
    }

    /// <summary>
    /// How often a slot starts and how long it lasts: an inspection takes an hour of a bay, a visit half
    /// an hour of an advisor, a test drive an hour; deliveries need paperwork, so they start every two hours.
    /// </summary>
    private static (TimeSpan Interval, TimeSpan Length) Rhythm(HubService service) => service switch
    {
        HubService.Inspection => (TimeSpan.FromHours(1), TimeSpan.FromHours(1)),
        HubService.Visit => (TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)),
        HubService.TestDrive => (TimeSpan.FromHours(1), TimeSpan.FromHours(1)),
        HubService.Delivery => (TimeSpan.FromHours(2), TimeSpan.FromHours(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    private static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(MexicoTime.ToLocal(instant).DateTime);
}
