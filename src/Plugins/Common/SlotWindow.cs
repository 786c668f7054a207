namespace AgentSupport.Plugins.Common;

/// <summary>The period a slot listing covers: from a requested date (never before now) for a number of days.</summary>
internal readonly record struct SlotWindow(DateTimeOffset From, DateTimeOffset To)
{
    public const int MaxDays = 14;

    public static ToolResult<SlotWindow> Parse(string? fromDate, int days, TimeProvider time)
    {
        if (days is < 1 or > MaxDays)
        {
            return ToolError.InvalidArgument($"days must be between 1 and {MaxDays}; got {days}.");
        }

        var now = MexicoTime.Now(time);
        var start = now;
        if (!string.IsNullOrWhiteSpace(fromDate))
        {
            if (!MexicoTime.TryParseDate(fromDate, out var date))
            {
                return ToolError.InvalidArgument($"fromDate '{fromDate}' is not a date; use YYYY-MM-DD.");
            }

            var requested = MexicoTime.StartOf(date);
            start = requested > now ? requested : now;
        }

        return new SlotWindow(start, MexicoTime.StartOf(DateOnly.FromDateTime(start.DateTime)).AddDays(days));
    }

    /// <summary>The rest of <paramref name="target"/>'s day, from now if that day is today: where to look for alternatives to a taken slot.</summary>
    public static SlotWindow DayOf(DateTimeOffset target, TimeProvider time)
    {
        var dayStart = MexicoTime.StartOf(DateOnly.FromDateTime(MexicoTime.ToLocal(target).DateTime));
        var now = MexicoTime.Now(time);
        return new SlotWindow(dayStart > now ? dayStart : now, dayStart.AddDays(1));
    }

    /// <summary>"09:00, 11:00", or <paramref name="otherwise"/> when there are none.</summary>
    public static string Times(IReadOnlyList<DateTimeOffset> starts, string otherwise) =>
        starts.Count == 0 ? otherwise : string.Join(", ", starts.Select(s => $"{MexicoTime.ToLocal(s):HH:mm}"));
}
