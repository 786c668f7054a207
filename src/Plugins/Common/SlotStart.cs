namespace AgentSupport.Plugins.Common;

/// <summary>Reads the start time of a slot the model wants to book and insists it lies in the future.</summary>
internal static class SlotStart
{
    public static ToolResult<DateTimeOffset> Parse(string? start, TimeProvider time)
    {
        if (!MexicoTime.TryParseDateTime(start, out var value))
        {
            return ToolError.InvalidArgument($"'{start}' is not a date and time; use {MexicoTime.DateTimeFormatHint}.");
        }

        var now = MexicoTime.Now(time);
        if (value <= now)
        {
            return ToolError.InvalidArgument($"{value:yyyy-MM-dd HH:mm} is in the past (it is now {now:yyyy-MM-dd HH:mm}); choose a future slot.");
        }

        return value;
    }
}
