namespace AgentSupport.Agent.Offline.Agent;

/// <summary>
/// The three ways the Offline agent words the same sentence: Spanish, Spanish in the formal register ("usted") and
/// English. A phrasebook type is a record with <c>required</c> members, so a sentence missing in one of them is a
/// compile error; the formal one is usually the Spanish one <c>with</c> the sentences that address the customer.
/// Money and dates reach a phrasebook already worded by <see cref="Wording"/>, so it only says how a sentence reads.
/// </summary>
internal sealed record Phrasebook<T>(T Spanish, T SpanishFormal, T English)
    where T : class
{
    /// <summary>The phrases for the language the turn answers in and, in Spanish, its tone's register.</summary>
    public T For(AgentTurn turn) => turn.English ? English : turn.Tone.Formal ? SpanishFormal : Spanish;
}
