using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>A clock time: "16:30", "a las 4", "at 9 am", "noon", or a bare hour answering which slot ("10 is good").</summary>
internal sealed partial class TimeRecognizer : IFactRecognizer
{
    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with { Time = Time(text) ?? facts.Time };

    /// <summary>The last clock time the text names.</summary>
    private static TimeOnly? Time(string text)
    {
        var candidates = ClockTime().Matches(text).Select(m => (m.Index, Hour: Int(m.Groups[1]), Minute: Int(m.Groups[2]), Meridiem: m.Groups[3].Value))
            .Concat(HourTime().Matches(text).Select(m => (m.Index, Hour: Int(m.Groups["hour"]), Minute: 0, Meridiem: m.Groups["meridiem"].Value)))
            .Concat(Noon().Matches(text).Select(m => (m.Index, Hour: 12, Minute: 0, Meridiem: "")))
            .OrderBy(candidate => candidate.Index)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (_, hour, minute, meridiem) = candidates[^1];
        var pm = meridiem.StartsWith('p') || meridiem.StartsWith('P');
        var am = meridiem.StartsWith('a') || meridiem.StartsWith('A');
        // Without am/pm, 1 to 7 o'clock is an afternoon: nobody books a 3 am inspection.
        if (pm && hour < 12 || !am && !pm && hour is >= 1 and <= 7)
        {
            hour += 12;
        }
        else if (am && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b([01]?\d|2[0-3]):([0-5]\d)\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?", KeywordTable.Options)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:a las|a la|at|las)\s+(?<hour>\d{1,2})\b(?:\s*(?<meridiem>am|pm|a\.\s?m\.|p\.\s?m\.|hrs|h)\b)?|(?<![:\d])\b(?<hour>\d{1,2})\s*(?<meridiem>am|pm|a\.\s?m\.|p\.\s?m\.)|^\W*(?<hour>\d{1,2})\s*(?=(is|works|sounds|please|pls|esta|está|me queda|porfa|por favor)\b|\W*$)", KeywordTable.Options)]
    private static partial Regex HourTime();

    [GeneratedRegex(@"\b(noon|midday|mediod[ií]a|medio d[ií]a)\b", KeywordTable.Options)]
    private static partial Regex Noon();
}
