using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

/// <summary>Reads one message with one recogniser, on a fixed day, from no earlier facts.</summary>
internal static class Recognize
{
    /// <summary>The conversation's day: a Tuesday, so "el martes" is next week's.</summary>
    public static readonly DateOnly Tuesday = new(2025, 10, 28);

    public static ConversationFacts Read(this IFactRecognizer recognizer, string text, string language = "es") =>
        recognizer.Read(text, new ConversationFacts(), new FactContext(Tuesday, language));
}
