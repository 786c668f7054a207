namespace AgentSupport.Agent.Conversation;

/// <summary>What the agent itself (not the model) tells the customer when it has to step in.</summary>
internal static class CustomerMessages
{
    /// <summary>
    /// The model could not answer (after retries) or the turn ran out of time. Each sentence is true of what
    /// happened: what the turn did before failing, and a person's follow-up only when a ticket was escalated.
    /// </summary>
    /// <param name="done">What the turn's tools did, in the customer's language; empty when nothing.</param>
    /// <param name="handedOverTo">The escalated ticket's number; null when nobody was handed the case.</param>
    /// <param name="alreadyWithAPerson">The conversation was handed over before this turn.</param>
    public static string Unavailable(string language, IReadOnlyList<string> done, string? handedOverTo, bool alreadyWithAPerson)
    {
        var english = ConversationLanguage.IsEnglish(language);
        var text = new System.Text.StringBuilder(english
            ? "Sorry, our assistant could not finish answering you. Your message is saved."
            : "Lo sentimos, nuestro asistente no pudo terminar de responderte. Tu mensaje quedó guardado.");
        if (done.Count > 0)
        {
            text.Append(english ? " Before the interruption I " : " Antes de la interrupción ").Append(string.Join(english ? " and " : " y ", done)).Append('.');
        }

        text.Append(' ').Append((handedOverTo, alreadyWithAPerson, english) switch
        {
            ({ } ticket, _, true) => $"I have passed your case to a person from our team (ticket {ticket}), who will follow up with you shortly.",
            ({ } ticket, _, false) => $"Pasé tu caso a una persona de nuestro equipo (ticket {ticket}), que te dará seguimiento en breve.",
            (null, true, true) => "Your case is already with a person from our team, who will follow up with you.",
            (null, true, false) => "Tu caso ya está con una persona de nuestro equipo, que te dará seguimiento.",
            (null, false, true) => "Please try again in a few minutes.",
            (null, false, false) => "Por favor intenta de nuevo en unos minutos.",
        });
        return text.ToString();
    }

    /// <summary>The conversation went past the prompt's turn budget.</summary>
    public static string TurnBudgetHandOff(string language) => ConversationLanguage.IsEnglish(language)
        ? "Thank you for your patience. So that you get a complete answer, I am handing this conversation to a person from our team, who will continue with you shortly."
        : "Gracias por tu paciencia. Para darte una respuesta completa, paso esta conversación a una persona de nuestro equipo, que te atenderá en breve.";

    /// <summary>
    /// Too many tool calls failed in this conversation; <paramref name="ticket"/> is the escalated ticket, and
    /// <paramref name="handedOver"/> false says the hand-over itself failed, so no person is promised.
    /// </summary>
    public static string FailedToolsHandOff(string language, string? ticket, bool handedOver)
    {
        if (!handedOver)
        {
            return ConversationLanguage.IsEnglish(language)
                ? "I could not complete this with my tools, and I could not pass your case to a person right now. Your open tickets are still being handled; please try again later."
                : "No pude completar esto con mis herramientas y en este momento no pude pasar tu caso a una persona. Tus tickets abiertos siguen en atención; por favor intenta más tarde.";
        }

        var reference = ticket is null ? "" : $" (ticket {ticket})";
        return ConversationLanguage.IsEnglish(language)
            ? $"I could not complete this with my tools, so I have passed your case to a person from our team{reference}, who will follow up with you shortly."
            : $"No pude completar esto con mis herramientas, así que pasé tu caso a una persona de nuestro equipo{reference}, que te dará seguimiento en breve.";
    }
}
