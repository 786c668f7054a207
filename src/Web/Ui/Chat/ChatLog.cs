using AgentSupport.Agent.Conversation;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Chat;

/// <summary>
/// The transcript a chat page shows, and how a running turn's events change it: the answer is built from
/// its text deltas as they arrive, a tool shows under it as running and then as its outcome, and the turn
/// ends complete or failed (the customer-facing message replaces what streamed).
/// </summary>
public sealed class ChatLog(UiStrings text)
{
    private readonly List<ChatEntry> _entries = [];
    private ChatEntry? _answer;

    public IReadOnlyList<ChatEntry> Entries => _entries;

    public bool Answering => _answer is not null;

    /// <summary>The agent's last answer closed the exchange: it answered the customer's thanks or goodbye.</summary>
    public bool ClosedByAgent => _entries is [.., { Role: ChatRole.Customer } farewell, { Role: ChatRole.Agent, Streaming: false, Failed: false }]
        && Farewell.Is(farewell.Text);

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
                entry.AddTool(log.Finished(call.Plugin, call.Function, call.Succeeded));
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
                answer.AddTool(new ToolUse(started.Plugin, started.Function, ToolActivity.Describe(started.Plugin, started.Function, text), ToolState.Running));
                break;
            case ToolCallCompleted completed:
                answer.FinishTool(completed.Call.Plugin, completed.Call.Function, Finished(completed.Call.Plugin, completed.Call.Function, completed.Call.Succeeded));
                break;
            case TurnCompleted done:
                // The answer is what streamed; the final event only closes it (a turn that streamed nothing shows its text).
                if (answer.Text.Length == 0) answer.Text = done.Text;
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

    private ToolUse Finished(string plugin, string function, bool succeeded) =>
        new(plugin, function, ToolActivity.Outcome(plugin, function, succeeded, text), succeeded ? ToolState.Succeeded : ToolState.Failed);

    private void End(ChatEntry answer, bool failed)
    {
        // A tool still shown as running when the turn ends never reported back: it did not finish.
        foreach (var running in answer.Tools.Where(t => t.State == ToolState.Running).ToList())
            answer.FinishTool(running.Plugin, running.Function, Finished(running.Plugin, running.Function, succeeded: false));
        answer.Streaming = false;
        answer.Failed = failed;
        _answer = null;
    }
}
