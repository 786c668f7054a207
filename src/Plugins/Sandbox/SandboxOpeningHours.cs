using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>
/// When a hub offers slots, in hub-local time: on <paramref name="Days"/>, one slot every
/// <paramref name="SlotMinutes"/> from <paramref name="Opens"/> for as long as it ends by <paramref name="Closes"/>.
/// Generating slots from rules keeps fixtures short and valid whatever the clock is advanced to.
/// </summary>
public sealed record SandboxOpeningHours(IReadOnlyList<DayOfWeek> Days, TimeOnly Opens, TimeOnly Closes, int SlotMinutes)
{
    /// <summary>Slot starts within [from, to).</summary>
    public IEnumerable<DateTimeOffset> Starts(DateTimeOffset from, DateTimeOffset to)
    {
        for (var day = DateOnly.FromDateTime(MexicoTime.ToLocal(from).DateTime); MexicoTime.StartOf(day) < to; day = day.AddDays(1))
        {
            if (!Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var dayStart = MexicoTime.StartOf(day);
            for (var start = dayStart + Opens.ToTimeSpan(); start + TimeSpan.FromMinutes(SlotMinutes) <= dayStart + Closes.ToTimeSpan(); start = start.AddMinutes(SlotMinutes))
            {
                if (start >= from && start < to)
                {
                    yield return start;
                }
            }
        }
    }

    public bool Offers(DateTimeOffset start) => Starts(start, start.AddTicks(1)).Any();

    internal string? Problem() =>
        Days.Count == 0 ? "days is empty"
        : SlotMinutes is < 15 or > 240 ? $"slot_minutes must be 15 to 240, got {SlotMinutes}"
        : Opens.AddMinutes(SlotMinutes) > Closes || Opens >= Closes ? $"opens {Opens} and closes {Closes} leave no {SlotMinutes}-minute slot"
        : null;
}
