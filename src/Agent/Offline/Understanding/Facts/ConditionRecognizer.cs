namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>The car's condition as its owner describes it: excellent, good, fair or poor.</summary>
internal sealed class ConditionRecognizer : IFactRecognizer
{
    private static readonly KeywordTable Conditions = new(
        (@"\b(excelente|impecable|como nuevo|perfecto estado|perfectas condiciones|excellent|like new|mint|great (shape|condition))\b", "excellent"),
        (@"\b(regular|m[aá]s o menos|fair|average|so-?so|decent|okay condition)\b", "fair"),
        (@"\b(malo|mala|mal estado|maltratad[oa]|poor|bad|rough|beat up)\b", "poor"),
        // Not the greeting "good morning" nor the interjection "Bueno, ...".
        (@"\b(buen[oa]s?(?!,)(?!\s+(tardes|noches|d[ií]as))|buen estado|bien|bien cuidad[oa]|sin detalles|great|(?<!still\s)good(?!\s+(morning|afternoon|evening|day|night))|no (issues|problems))\b", "good"));

    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with { Condition = Conditions.First(text) ?? facts.Condition };
}
