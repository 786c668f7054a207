using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>The customer takes the first free slot: "el primer horario libre", "earliest slot is fine", "cualquiera".</summary>
internal sealed partial class EarliestSlotRecognizer : IFactRecognizer
{
    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with { WantsEarliest = Earliest().IsMatch(text) || facts.WantsEarliest };

    [GeneratedRegex(@"\b(primer|primero|primera|m[aá]s pr[oó]xim[oa]|m[aá]s cercan[oa]|el que sigue|next (available|open|free|one)|lo antes posible|lo mas pronto|lo más pronto|cualquier|cualquiera|earliest|first (open|free|available|one|slot|time)|the first|soonest|asap|any (time|slot|one))\b", KeywordTable.Options)]
    private static partial Regex Earliest();
}
