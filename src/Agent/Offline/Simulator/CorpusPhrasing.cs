using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Agent.Offline.Understanding;

namespace AgentSupport.Agent.Offline.Simulator;

/// <summary>
/// The utterance corpus the agent's classifier learns from, as the simulated customer's phrasebook: a goal is now and
/// then opened with another customer's words for the same request (the goal's details come when the agent asks), so
/// Workbench regenerations exercise understanding rather than the goal's own sentence.
/// </summary>
internal static class CorpusPhrasing
{
    private const int MinimumWords = 3;

    private static readonly Lazy<IntentReading> Reading = new(() => new IntentReading(new IntentClassifier(IntentClassifier.ShippedCorpus)));

    /// <summary>
    /// A corpus line of the goal's intent in the conversation's language, picked by the seed; null when the goal reads as
    /// no request or names what decides which step the agent takes (a document, a part, a kind of appointment, accepting
    /// an offer, a day): an opening without it would ask for something else, and the agent never asks for those.
    /// </summary>
    public static string? Paraphrase(string goal, ConversationFacts goalFacts, string language, SeededChoice choice)
    {
        if (goalFacts is not { DocumentKind: null, Component: null, AppointmentType: null, WantsToAcceptOffer: false, SubmittedDocument: false, Date: null, Time: null, OfferId: null }
            || Reading.Value.Of(goal) is not { } intent || intent is ConversationIntents.Greeting or ConversationIntents.Goodbye)
        {
            return null;
        }

        var lines = IntentClassifier.ShippedCorpus
            .Where(line => line.Intent == intent && line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWords
                && LanguageGuess.Of([line.Text]) == ConversationLanguage.Normalize(language)
                // A line that names details of its own (a plate, an amount, a part) would contradict the goal's.
                && FactExtractor.Extract([line.Text], DateTimeOffset.UnixEpoch, language) == new ConversationFacts())
            .Select(line => line.Text)
            .ToList();
        return lines.Count == 0 ? null : choice.Pick<string>(lines, "corpus-line");
    }
}
