namespace AgentSupport.Plugins.Common;

/// <summary>Free start times of one day, hub-local "HH:mm": compact enough to list a week to a model.</summary>
public sealed record SlotDay(DateOnly Date, string DayOfWeek, IReadOnlyList<string> Times)
{
    internal static IReadOnlyList<SlotDay> Group(IEnumerable<DateTimeOffset> starts) =>
        starts
            .Select(MexicoTime.ToLocal)
            .Order()
            .GroupBy(start => DateOnly.FromDateTime(start.DateTime))
            .Select(day => new SlotDay(
                day.Key,
                day.Key.DayOfWeek.ToString().ToLowerInvariant(),
                day.Select(start => start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList()))
            .ToList();
}
