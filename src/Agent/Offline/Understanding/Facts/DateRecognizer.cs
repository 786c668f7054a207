using System.Globalization;
using System.Text.RegularExpressions;
using AgentSupport.Agent.Conversation;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>
/// A day in Spanish or English: ISO and slashed dates, "30 de octubre", "November 3rd", "mañana", "pasado mañana",
/// "el jueves". Relative days count from the conversation's own day.
/// </summary>
internal sealed partial class DateRecognizer : IFactRecognizer
{
    private static readonly string[] SpanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly (Regex Pattern, DayOfWeek Day)[] Weekdays =
    [
        (new Regex(@"\b(lunes|monday)\b", KeywordTable.Options), DayOfWeek.Monday),
        (new Regex(@"\b(martes|tuesday)\b", KeywordTable.Options), DayOfWeek.Tuesday),
        (new Regex(@"\b(mi[eé]rcoles|wednesday)\b", KeywordTable.Options), DayOfWeek.Wednesday),
        (new Regex(@"\b(jueves|thursday)\b", KeywordTable.Options), DayOfWeek.Thursday),
        (new Regex(@"\b(viernes|friday)\b", KeywordTable.Options), DayOfWeek.Friday),
        (new Regex(@"\b(s[aá]bado|saturday)\b", KeywordTable.Options), DayOfWeek.Saturday),
        (new Regex(@"\b(domingo|sunday)\b", KeywordTable.Options), DayOfWeek.Sunday),
    ];

    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with { Date = Date(text, context.Today, context.Language) ?? facts.Date };

    /// <summary>The last date the text names (so "not Monday, Tuesday the 4th" gives the 4th).</summary>
    private static DateOnly? Date(string text, DateOnly today, string language)
    {
        var found = new List<(int Index, DateOnly Date)>();
        void Add(Match match, DateOnly? date)
        {
            if (date is { } value)
            {
                found.Add((match.Index, value));
            }
        }

        foreach (Match iso in IsoDate().Matches(text))
        {
            Add(iso, TryDate(Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3])));
        }

        foreach (Match slash in SlashDate().Matches(text))
        {
            // Mexico writes day/month; English-speaking customers month/day.
            var (day, month) = ConversationLanguage.IsEnglish(language) ? (Int(slash.Groups[2]), Int(slash.Groups[1])) : (Int(slash.Groups[1]), Int(slash.Groups[2]));
            int? year = slash.Groups[3].Success ? Int(slash.Groups[3]) : null;
            Add(slash, Upcoming(today, month, day, year is < 100 ? year + 2000 : year));
        }

        foreach (Match spanish in SpanishDate().Matches(text))
        {
            Add(spanish, Upcoming(today, MonthNumber(spanish.Groups[2].Value), Int(spanish.Groups[1]), null));
        }

        foreach (Match monthFirst in EnglishMonthFirst().Matches(text))
        {
            Add(monthFirst, Upcoming(today, MonthNumber(monthFirst.Groups[1].Value), Int(monthFirst.Groups[2]), null));
        }

        foreach (Match dayFirst in EnglishDayFirst().Matches(text))
        {
            Add(dayFirst, Upcoming(today, MonthNumber(dayFirst.Groups[2].Value), Int(dayFirst.Groups[1]), null));
        }

        foreach (Match match in DayAfterTomorrow().Matches(text))
        {
            Add(match, today.AddDays(2));
        }

        foreach (Match match in Tomorrow().Matches(text))
        {
            Add(match, today.AddDays(1));
        }

        foreach (Match match in Today().Matches(text))
        {
            Add(match, today);
        }

        foreach (var (pattern, day) in Weekdays)
        {
            foreach (Match match in pattern.Matches(text))
            {
                // "el martes" said on a Tuesday means next week's.
                var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
                Add(match, today.AddDays(ahead == 0 ? 7 : ahead));
            }
        }

        // A weekday written before its date ("martes 4 de noviembre") yields to the date right after it.
        return found.Count == 0 ? null : found.OrderBy(entry => entry.Index).Last().Date;
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        var index = Array.FindIndex(SpanishMonths, month => month == key);
        return index >= 0 ? index + 1 : Array.FindIndex(EnglishMonths, month => month.StartsWith(key[..Math.Min(3, key.Length)], StringComparison.Ordinal)) + 1;
    }

    private static DateOnly? Upcoming(DateOnly today, int month, int day, int? year)
    {
        if (year is { } given)
        {
            return TryDate(given, month, day);
        }

        var thisYear = TryDate(today.Year, month, day);
        return thisYear is { } date && date < today ? TryDate(today.Year + 1, month, day) : thisYear;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"\b(20\d{2})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"\b(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b", KeywordTable.Options)]
    private static partial Regex SpanishDate();

    [GeneratedRegex(@"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b", KeywordTable.Options)]
    private static partial Regex EnglishMonthFirst();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b", KeywordTable.Options)]
    private static partial Regex EnglishDayFirst();

    [GeneratedRegex(@"\b(pasado ma[nñ]ana|day after tomorrow)\b", KeywordTable.Options)]
    private static partial Regex DayAfterTomorrow();

    // "mañana" is tomorrow unless it is "la mañana", the morning, or part of "pasado mañana".
    [GeneratedRegex(@"(?<!\b(la|pasado)\s)\bma[nñ]ana\b|(?<!\bafter\s)\btomorrow\b", KeywordTable.Options)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(hoy|today)\b", KeywordTable.Options)]
    private static partial Regex Today();
}
