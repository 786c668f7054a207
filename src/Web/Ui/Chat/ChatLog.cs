using AgentSupport.Agent;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Chat;

/// <summary>
/// The transcript a chat page shows, and how a running turn's events change it: text deltas are
/// appended to the answer as they arrive, a running tool shows as <see cref="Activity"/>, and the turn
/// ends complete (its final text wins) or failed (the customer-facing message replaces what streamed).
/// </summary>
public sealed class ChatLog(UiStrings text)
{
    private readonly List<ChatEntry> _entries = [];
    private ChatEntry? _answer;

    public IReadOnlyList<ChatEntry> Entries => _entries;

    /// <summary>What the agent is doing right now ("Checking your payout…"), or null.</summary>
    public string? Activity { get; private set; }

    public bool Answering => _answer is not null;

    /// <summary>The agent handed the conversation to a person during this session.</summary>
    public bool Escalated { get; private set; }

    public static ChatLog From(ConversationDetail detail, UiStrings text)
    {
        var log = new ChatLog(text);
        var tools = detail.ToolCalls.ToLookup(c => c.Turn);
        foreach (var message in detail.Messages)
        {
            var entry = new ChatEntry(message.Role == ChatTurn.User ? ChatRole.Customer : ChatRole.Agent, message.Text, message.CreatedAt);
            foreach (var call in tools[message.Turn])
                entry.AddTool(new ToolUse(ToolActivity.Done(call.Plugin, call.Function, text), call.Succeeded));
            log._entries.Add(entry);
        }
        return log;
    }

    /// <summary>Shows the customer's message and an empty answer that the turn's events fill.</summary>
    public void Ask(string message, DateTime at)
    {
        if (Answering) throw new InvalidOperationException("The agent is still answering the previous message.");
        _entries.Add(new ChatEntry(ChatRole.Customer, message, at));
        _answer = new ChatEntry(ChatRole.Agent, "", at) { Streaming = true };
        _entries.Add(_answer);
    }

    public void Apply(AgentEvent item)
    {
        var answer = _answer ?? throw new InvalidOperationException("No answer is streaming; call Ask first.");
        switch (item)
        {
            case TextDelta delta:
                answer.Text += delta.Text;
                break;
            case ToolCallStarted started:
                Activity = ToolActivity.Describe(started.Plugin, started.Function, text);
                break;
            case ToolCallCompleted completed:
                answer.AddTool(new ToolUse(ToolActivity.Done(completed.Call.Plugin, completed.Call.Function, text), completed.Call.Succeeded));
                Activity = null;
                break;
            case TurnCompleted done:
                // The deltas already spelled the whole reply; the ending only says how the turn ended.
                Escalated |= done.Escalated;
                End(answer, failed: false);
                break;
            case TurnFailed failed:
                answer.Text = failed.CustomerMessage;
                Escalated |= failed.Escalated;
                End(answer, failed: true);
                break;
        }
    }

    /// <summary>The turn stopped without an ending event (the page failed or was left mid-answer).</summary>
    public void Interrupt()
    {
        if (_answer is not { } answer) return;
        answer.Text = string.IsNullOrEmpty(answer.Text) ? text.AnswerInterrupted : answer.Text;
        End(answer, failed: true);
    }

    private void End(ChatEntry answer, bool failed)
    {
        answer.Streaming = false;
        answer.Failed = failed;
        Activity = null;
        _answer = null;
    }
}
