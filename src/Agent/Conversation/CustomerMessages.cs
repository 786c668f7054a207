namespace AgentSupport.Agent;

/// <summary>What the agent itself (not the model) tells the customer when it has to step in.</summary>
internal static class CustomerMessages
{
    /// <summary>The model could not answer (after retries) or the turn ran out of time.</summary>
    public static string Unavailable(string language) => ConversationLanguage.IsEnglish(language)
        ? "Sorry, our assistant is not available right now. Your message is saved and a person from our team will follow up with you shortly."
        : "Lo sentimos, nuestro asistente no está disponible en este momento. Tu mensaje quedó guardado y una persona de nuestro equipo te dará seguimiento en breve.";

    /// <summary>The conversation went past the prompt's turn budget.</summary>
    public static string TurnBudgetHandOff(string language) => ConversationLanguage.IsEnglish(language)
        ? "Thank you for your patience. So that you get a complete answer, I am handing this conversation to a person from our team, who will continue with you shortly."
        : "Gracias por tu paciencia. Para darte una respuesta completa, paso esta conversación a una persona de nuestro equipo, que te atenderá en breve.";

    /// <summary>Too many tool calls failed in this conversation.</summary>
    public static string FailedToolsHandOff(string language) => ConversationLanguage.IsEnglish(language)
        ? "I could not complete this with my tools, so I have passed your case to a person from our team, who will follow up with you shortly."
        : "No pude completar esto con mis herramientas, así que pasé tu caso a una persona de nuestro equipo, que te dará seguimiento en breve.";
}
