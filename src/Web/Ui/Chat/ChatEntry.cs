namespace AgentSupport.Web.Ui.Chat;

/// <summary>One message as the chat shows it; an answer's text grows while it streams.</summary>
public sealed class ChatEntry(ChatRole role, string text, DateTime at)
{
    private readonly List<ToolUse> _tools = [];

    public ChatRole Role { get; } = role;
    public string Text { get; internal set; } = text;
    public DateTime At { get; } = at;
    public bool Streaming { get; internal set; }
    /// <summary>The agent could not answer; <see cref="Text"/> says so in the conversation's language.</summary>
    public bool Failed { get; internal set; }
    public IReadOnlyList<ToolUse> Tools => _tools;

    internal void AddTool(ToolUse tool) => _tools.Add(tool);
}

public enum ChatRole
{
    Customer,
    Agent,
}

/// <summary>A tool the agent used for an answer, as its customer-facing label.</summary>
public sealed record ToolUse(string Label, bool Succeeded);
