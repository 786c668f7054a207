using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>An offer id the customer typed (OF-1001) and whether they accept an offer.</summary>
internal sealed partial class OfferRecognizer : IFactRecognizer
{
    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with
    {
        OfferId = OfferId().Match(text) is { Success: true } offer ? offer.Value.ToUpperInvariant() : facts.OfferId,
        WantsToAcceptOffer = Accept().IsMatch(text) || facts.WantsToAcceptOffer,
    };

    [GeneratedRegex(@"\bOF-\d+\b", KeywordTable.Options)]
    private static partial Regex OfferId();

    [GeneratedRegex(@"\b(acept(o|ar|arla|ala|amos|ada)|accept(ed|ing|s)?|la tomo|me la quedo|tomarla|i'?ll take (it|the offer)|take the offer)\b", KeywordTable.Options)]
    private static partial Regex Accept();
}
