namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>
/// What one customer message asks for: the classifier's intent when it is confident, else the whole-word patterns of
/// <see cref="IntentRecognizer"/>, else the classifier's best guess above the floor; below it, nothing (the agent asks).
/// Among guesses too close to tell apart, one the conversation's tools can serve is preferred.
/// </summary>
internal sealed class IntentReading(IntentClassifier classifier)
{
    /// <summary>A score this high, clearly ahead of the runner-up, is trusted over the patterns.</summary>
    private const double Confident = 0.42;
    private const double Margin = 0.06;

    /// <summary>Below this the message is not understood and the agent asks a clarifying question.</summary>
    private const double Floor = 0.30;

    /// <param name="servable">Whether the conversation's tools can serve an intent; null: all can.</param>
    public string? Of(string? text, Func<string, bool>? servable = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var scores = classifier.Score(text);
        var pattern = IntentRecognizer.Recognize(text);
        if (scores.Count == 0)
        {
            return pattern;
        }

        var (best, score) = scores[0];
        var runnerUp = scores.Count > 1 ? scores[1].Score : 0;
        if (score >= Confident && score - runnerUp >= Margin)
        {
            return best;
        }

        if (pattern is null && score >= Floor)
        {
            return servable is null || servable(best)
                ? best
                : scores.TakeWhile(candidate => score - candidate.Score < Margin).Select(candidate => candidate.Intent).FirstOrDefault(servable) ?? best;
        }

        return pattern;
    }
}
