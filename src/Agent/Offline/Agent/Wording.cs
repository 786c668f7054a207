using System.Globalization;
using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins.Common;

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

    /// <summary>"miércoles 4 de julio"; with the year when it is not <paramref name="today"/>'s ("miércoles 4 de julio de 2029").</summary>
    public static string Date(DateOnly date, string language, DateOnly today) => (ConversationLanguage.IsEnglish(language), date.Year == today.Year) switch
    {
        (true, true) => date.ToString("dddd, MMMM d", English),
        (true, false) => date.ToString("dddd, MMMM d, yyyy", English),
        (false, true) => date.ToString("dddd d 'de' MMMM", Spanish),
        (false, false) => date.ToString("dddd d 'de' MMMM 'de' yyyy", Spanish),
    };

    public static string Date(DateTimeOffset moment, string language, DateOnly today) => Date(DateOnly.FromDateTime(moment.DateTime), language, today);

    public static string Time(DateTimeOffset moment) => moment.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTimeOffset moment, string language, DateOnly today) => ConversationLanguage.IsEnglish(language)
        ? $"{Date(moment, language, today)} at {Time(moment)}"
        : $"{Date(moment, language, today)} a las {Time(moment)}";

    /// <summary>The hub-local date of <paramref name="now"/>, against which a date needs its year or not.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(MexicoTime.ToLocal(now).DateTime);

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
