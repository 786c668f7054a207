using System.Globalization;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Offline.Understanding;

namespace AgentSupport.Agent.Offline.Agent;

/// <summary>
/// How a tone greets, closes and asks. The seven tones of the prompts; anything else reads as
/// <c>amable</c>. <c>formal</c> addresses the customer as "usted" in Spanish.
/// </summary>
internal sealed record Tone(string Name, bool Formal, string GreetingEs, string GreetingEn, string ClosingEs, string ClosingEn)
{
    public static readonly Tone Friendly = new("amable", false, "¡Hola{0}! ", "Hi{1}! ", "¿Hay algo más en lo que pueda ayudarte?", "Is there anything else I can help you with?");

    private static readonly Tone[] All =
    [
        Friendly,
        new("empatico", false, "Hola{0}, entiendo lo importante que es esto para ti y con gusto te ayudo. ", "Hi{1}, I understand how important this is for you, and I'm glad to help. ",
            "Aquí sigo para lo que necesites.", "I'm here for anything else you need."),
        new("formal", true, "Buen día{0}. Con gusto le atiendo. ", "Good day{1}. I will be glad to assist you. ",
            "Quedo a sus órdenes para cualquier otra consulta.", "I remain at your service for any further questions."),
        new("resolutivo", false, "Hola{0}. Vamos a resolverlo. ", "Hi{1}. Let's get this solved. ",
            "¿Algo más que resolvamos?", "Anything else we should solve?"),
        new("apologetico", false, "Hola{0}, lamento mucho las molestias. ", "Hi{1}, I'm very sorry for the trouble. ",
            "De nuevo, disculpa los inconvenientes.", "Again, I apologise for the inconvenience."),
        new("directo", false, "", "", "", ""),
        new("entusiasta", false, "¡Hola{0}! ¡Qué gusto saludarte! ", "Hi{1}! Great to hear from you! ",
            "¡Que tengas un excelente día!", "Have a fantastic day!"),
    ];

    /// <summary>The tone by name, accents and case ignored ("Empático" is empatico).</summary>
    public static Tone Of(string? name)
    {
        var key = TextFold.Words(name);
        return All.FirstOrDefault(tone => tone.Name == key) ?? Friendly;
    }

    public string Greeting(string language, string? customerName) => ConversationLanguage.IsEnglish(language)
        ? string.Format(CultureInfo.InvariantCulture, GreetingEn, "", customerName is null ? "" : " " + customerName)
        : string.Format(CultureInfo.InvariantCulture, GreetingEs, customerName is null ? "" : ", " + customerName, "");

    public string Closing(string language) => ConversationLanguage.IsEnglish(language) ? ClosingEn : ClosingEs;
}
