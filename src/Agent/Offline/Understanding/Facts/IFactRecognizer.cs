namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>
/// Reads one kind of fact out of a customer message (a plate, a date, the amounts of a loan…). A recogniser sets only
/// the facts of its kind, and only when the message names them: a later mention replaces an earlier one.
/// </summary>
internal interface IFactRecognizer
{
    ConversationFacts Read(string text, ConversationFacts facts, FactContext context);
}

/// <summary>
/// What a message is read against: the conversation's own day (relative dates count from it, so a replayed scenario
/// reads the same way every time) and the customer's language (11/2 is the 11th of February in Spanish).
/// </summary>
internal readonly record struct FactContext(DateOnly Today, string Language);
