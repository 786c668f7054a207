using AgentSupport.Plugins.Common;
using AgentSupport.Web.Domain.Hubs;

namespace AgentSupport.Web.Tests.Domain;

public sealed class HubCalendarTests
{
    private static readonly ServiceHub Hub = NewHub(saturday: true);

    private static ServiceHub NewHub(bool saturday) => new()
    {
        Id = "mty-valle", Name = "AgentSupport Monterrey", City = "Monterrey", Address = "Av. Lázaro Cárdenas 2400",
        OpensAt = new(8, 0), ClosesAt = new(18, 0),
        SaturdayOpensAt = saturday ? new(9, 0) : null, SaturdayClosesAt = saturday ? new(13, 0) : null,
    };

    // 2025-06-09 is a Monday; 2025-06-14 a Saturday, 2025-06-15 a Sunday; 2025-09-16 is Independence Day (a Tuesday).
    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, MexicoTime.Offset);

    [Fact]
    public void Weekday_inspections_run_hourly_and_end_by_closing()
    {
        var starts = HubCalendar.Starts(Hub, HubService.Inspection, Local(6, 9, 0), Local(6, 10, 0));

        Assert.Equal(Enumerable.Range(8, 10).Select(hour => Local(6, 9, hour)), starts);
    }

    [Fact]
    public void Each_service_has_its_own_rhythm()
    {
        var day = (From: Local(6, 9, 0), To: Local(6, 10, 0));

        Assert.Equal(20, HubCalendar.Starts(Hub, HubService.Visit, day.From, day.To).Count);
        Assert.Equal(Local(6, 9, 17, 30), HubCalendar.Starts(Hub, HubService.Visit, day.From, day.To)[^1]);
        Assert.Equal([8, 10, 12, 14, 16], HubCalendar.Starts(Hub, HubService.Delivery, day.From, day.To).Select(s => s.Hour));
    }

    [Fact]
    public void Saturdays_keep_short_hours_and_sundays_and_holidays_are_closed()
    {
        Assert.Equal([9, 10, 11, 12], HubCalendar.Starts(Hub, HubService.Inspection, Local(6, 14, 0), Local(6, 15, 0)).Select(s => s.Hour));
        Assert.Empty(HubCalendar.Starts(Hub, HubService.Inspection, Local(6, 15, 0), Local(6, 16, 0)));
        Assert.Empty(HubCalendar.Starts(Hub, HubService.Inspection, Local(9, 16, 0), Local(9, 17, 0)));
        Assert.Empty(HubCalendar.Starts(NewHub(saturday: false), HubService.Inspection, Local(6, 14, 0), Local(6, 15, 0)));
    }

    [Fact]
    public void Window_bounds_are_half_open_and_instants_compare_across_offsets()
    {
        var starts = HubCalendar.Starts(Hub, HubService.Inspection, Local(6, 9, 10), Local(6, 9, 12));

        Assert.Equal([Local(6, 9, 10), Local(6, 9, 11)], starts);
        Assert.True(HubCalendar.Offers(Hub, HubService.Inspection, Local(6, 9, 10).ToUniversalTime()));
        Assert.False(HubCalendar.Offers(Hub, HubService.Inspection, Local(6, 9, 10, 30)));
        Assert.False(HubCalendar.Offers(Hub, HubService.Inspection, Local(6, 9, 18)));
        Assert.False(HubCalendar.Offers(Hub, HubService.TestDrive, Local(6, 15, 10)));
    }

    [Fact]
    public void An_overlong_window_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HubCalendar.Starts(Hub, HubService.Visit, Local(6, 1, 0), Local(9, 1, 0)));
    }
}
