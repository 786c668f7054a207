using System.Text.Json.Serialization;
using AgentSupport.Agent.Tools;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>One message of a regenerated conversation, with the tool calls the agent made for it.</summary>
/// <param name="Speaker"><c>cliente</c> or <c>agente</c>, as in the seed dialect.</param>
/// <param name="At">Simulated time (see <see cref="ConversationClock"/>), so durations are the same on every run.</param>
public sealed record TranscriptTurn(
    [property: JsonPropertyName("turn")] int Turn,
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("at")] DateTimeOffset At)
{
    [JsonPropertyName("tool_calls")]
    public IReadOnlyList<ToolCallRecord> ToolCalls { get; init; } = [];

    /// <summary>The agent handed the conversation to a person in or before this turn.</summary>
    [JsonPropertyName("escalated")]
    public bool Escalated { get; init; }
}
