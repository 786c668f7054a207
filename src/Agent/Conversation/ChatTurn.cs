using AgentSupport.Agent.Tools;
namespace AgentSupport.Agent.Conversation;

/// <summary>
/// One message of a conversation. Assistant turns carry the tool calls they made, so a later turn
/// can count failed tools for the escalation policy and the model sees what it already looked up.
/// </summary>
/// <param name="Role"><see cref="User"/> or <see cref="Assistant"/>.</param>
/// <param name="Text">What was said.</param>
/// <param name="ToolCalls">The tool calls of an assistant turn, in order; null or empty when none.</param>
public sealed record ChatTurn(string Role, string Text, IReadOnlyList<ToolCallRecord>? ToolCalls = null)
{
    public const string User = "user";
    public const string Assistant = "assistant";

    public static ChatTurn FromUser(string text) => new(User, text);

    public static ChatTurn FromAssistant(string text, IReadOnlyList<ToolCallRecord>? toolCalls = null) => new(Assistant, text, toolCalls);

    public bool IsUser => string.Equals(Role, User, StringComparison.Ordinal);
}
