using System.Globalization;

namespace AgentSupport.Agent.Offline.Agent;

/// <summary>Money, dates and times as a Mexican customer reads them, in Spanish or English.</summary>
internal static class Wording
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo Culture(string language) => ConversationLanguage.IsEnglish(language) ? English : Spanish;

    public static string Money(decimal amount, string language) => ConversationLanguage.IsEnglish(language)
        ? $"MXN {amount.ToString("#,##0", English)}"
        : $"${amount.ToString("#,##0", Spanish)} MXN";

    public static string Percent(decimal value, string language) => $"{value.ToString("0.#", Culture(language))}%";

    public static string Number(decimal value, string language) => value.ToString("#,##0", Culture(language));

    public static string Date(DateOnly date, string language) => ConversationLanguage.IsEnglish(language)
        ? date.ToString("dddd, MMMM d", English)
        : date.ToString("dddd d 'de' MMMM", Spanish);

    public static string Date(DateTimeOffset moment, string language) => Date(DateOnly.FromDateTime(moment.DateTime), language);

    public static string Time(DateTimeOffset moment) => moment.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTimeOffset moment, string language) => ConversationLanguage.IsEnglish(language)
        ? $"{Date(moment, language)} at {Time(moment)}"
        : $"{Date(moment, language)} a las {Time(moment)}";

    /// <summary>"a, b y c" / "a, b and c"; with <paramref name="or"/>, "a, b o c" / "a, b or c".</summary>
    public static string List(IReadOnlyList<string> items, string language, bool or = false)
    {
        var conjunction = (ConversationLanguage.IsEnglish(language), or) switch
        {
            (true, false) => "and",
            (true, true) => "or",
            (false, false) => "y",
            (false, true) => "o",
        };
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
        };
    }
}
