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

    /// <summary>A corpus line of the goal's intent in the conversation's language, picked by the seed; null when the goal reads as no request.</summary>
    public static string? Paraphrase(string goal, string language, SeededChoice choice)
    {
        if (Reading.Value.Of(goal) is not { } intent || intent is ConversationIntents.Greeting or ConversationIntents.Goodbye)
        {
            return null;
        }

        var lines = IntentClassifier.ShippedCorpus
            .Where(line => line.Intent == intent && line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWords
                && LanguageGuess.Of([line.Text]) == ConversationLanguage.Normalize(language))
            .Select(line => line.Text)
            .ToList();
        return lines.Count == 0 ? null : choice.Pick<string>(lines, "corpus-line");
    }
}
