namespace AgentSupport.Plugins.Common;

/// <summary>
/// Mexican banking days: no weekends and none of the statutory rest days of the Ley Federal del
/// Trabajo (art. 74), on which SPEI transfers to a seller are not settled.
/// </summary>
public static class BusinessCalendar
{
    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The date <paramref name="days"/> business days after <paramref name="start"/> (0 = start itself if it is one, else the next).</summary>
    public static DateOnly AddBusinessDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }

        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                added++;
            }
        }

        return date;
    }

    public static bool IsHoliday(DateOnly date) => date.Month switch
    {
        1 => date.Day == 1,
        2 => date == NthMonday(date.Year, 2, 1),                     // Constitution Day
        3 => date == NthMonday(date.Year, 3, 3),                     // Benito Juárez's birthday
        5 => date.Day == 1,
        9 => date.Day == 16,
        10 => date.Day == 1 && (date.Year - 2024) % 6 == 0,          // presidential inauguration, every six years
        11 => date == NthMonday(date.Year, 11, 3),                   // Revolution Day
        12 => date.Day == 25,
        _ => false,
    };

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }
}
