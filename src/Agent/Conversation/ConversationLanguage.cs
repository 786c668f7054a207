namespace AgentSupport.Agent.Conversation;

/// <summary>The two languages the agent speaks. Anything that is not English is answered in Spanish, the marketplace's language.</summary>
internal static class ConversationLanguage
{
    public const string Spanish = "es";
    public const string English = "en";

    public static string Normalize(string? language) =>
        language is not null && language.Trim().StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Spanish;

    public static bool IsEnglish(string? language) => Normalize(language) == English;
}
