using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>
/// Reads what the customer has told so far out of their messages, in Spanish or English, one recogniser per kind of
/// fact; a later message's mention replaces an earlier one. Relative dates ("mañana", "next Monday") count from the
/// conversation's own clock, so a replayed scenario reads the same way every time.
/// </summary>
internal static class FactExtractor
{
    private static readonly IFactRecognizer[] Recognizers =
    [
        new PlateRecognizer(),
        new DateRecognizer(),
        new TimeRecognizer(),
        new AmountRecognizer(),
        new ComponentRecognizer(),
        new ConditionRecognizer(),
        new DocumentRecognizer(),
        new AppointmentTypeRecognizer(),
        new OfferRecognizer(),
        new EarliestSlotRecognizer(),
        new PlaceRecognizer(),
    ];

    public static ConversationFacts Extract(IEnumerable<string> customerMessages, DateTimeOffset now, string language)
    {
        var context = new FactContext(DateOnly.FromDateTime(now.DateTime), language);
        return customerMessages.Aggregate(new ConversationFacts(), (facts, message) =>
            Recognizers.Aggregate(facts, (known, recognizer) => recognizer.Read(message, known, context)));
    }
}
