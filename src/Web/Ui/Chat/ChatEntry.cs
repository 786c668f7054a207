namespace AgentSupport.Web.Ui.Chat;

/// <summary>One message as the chat shows it; an answer's text and tools change while it streams.</summary>
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

    /// <summary>The oldest call of this tool still running takes its outcome; a call never seen starting is added.</summary>
    internal void FinishTool(string plugin, string function, ToolUse finished)
    {
        var index = _tools.FindIndex(t => t.State == ToolState.Running && t.Plugin == plugin && t.Function == function);
        if (index < 0) _tools.Add(finished);
        else _tools[index] = finished;
    }
}

public enum ChatRole
{
    Customer,
    Agent,
}

public enum ToolState
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>A tool the agent used for an answer, with its customer-facing label for its state.</summary>
public sealed record ToolUse(string Plugin, string Function, string Label, ToolState State);
