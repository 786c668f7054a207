using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Offline.Conversation;

/// <summary>
/// The request as the Offline engine reads it: the system prompt, who said what, and the tool calls paired
/// with their results. Calls after the last user message belong to the turn being answered.
/// </summary>
internal sealed class OfflineConversation
{
    private OfflineConversation(
        string systemPrompt,
        IReadOnlyList<(ChatRole Role, string Text)> lines,
        IReadOnlyList<ToolOutcome> allOutcomes,
        IReadOnlyList<ToolOutcome> turnOutcomes)
    {
        SystemPrompt = systemPrompt;
        Lines = lines;
        AllOutcomes = allOutcomes;
        TurnOutcomes = turnOutcomes;
    }

    public string SystemPrompt { get; }

    /// <summary>Text messages in order (user and assistant), tool traffic left out.</summary>
    public IReadOnlyList<(ChatRole Role, string Text)> Lines { get; }

    public IReadOnlyList<ToolOutcome> AllOutcomes { get; }

    /// <summary>Tool calls made since the last user message, oldest first.</summary>
    public IReadOnlyList<ToolOutcome> TurnOutcomes { get; }

    public IReadOnlyList<string> UserTexts => Lines.Where(line => line.Role == ChatRole.User).Select(line => line.Text).ToList();

    public IReadOnlyList<string> AssistantTexts => Lines.Where(line => line.Role == ChatRole.Assistant).Select(line => line.Text).ToList();

    public string LatestUserText => Lines.LastOrDefault(line => line.Role == ChatRole.User).Text ?? "";

    public static OfflineConversation Read(IEnumerable<ChatMessage> messages)
    {
        var system = new List<string>();
        var lines = new List<(ChatRole, string)>();
        var calls = new Dictionary<string, FunctionCallContent>(StringComparer.Ordinal);
        var outcomes = new List<ToolOutcome>();
        var turnStart = 0;
        var userMessages = 0;
        foreach (var message in messages)
        {
            if (message.Role == ChatRole.System)
            {
                system.Add(message.Text);
                continue;
            }

            foreach (var content in message.Contents)
            {
                switch (content)
                {
                    case FunctionCallContent call:
                        calls[call.CallId] = call;
                        break;
                    case FunctionResultContent result when calls.TryGetValue(result.CallId, out var call):
                        var (plugin, function) = SplitName(call.Name);
                        outcomes.Add(new ToolOutcome(plugin, function, call.Arguments?.ToDictionary() ?? [], result.Exception ?? result.Result) { UserMessage = userMessages - 1 });
                        break;
                }
            }

            if (message.Role == ChatRole.User)
            {
                turnStart = outcomes.Count;
                userMessages += string.IsNullOrWhiteSpace(message.Text) ? 0 : 1;
            }

            if ((message.Role == ChatRole.User || message.Role == ChatRole.Assistant) && !string.IsNullOrWhiteSpace(message.Text))
            {
                lines.Add((message.Role, message.Text));
            }
        }

        return new OfflineConversation(string.Join("\n\n", system), lines, outcomes, outcomes.Skip(turnStart).ToList());
    }

    /// <summary>Kernel functions reach the model as "Plugin_function"; plugin names hold no underscore.</summary>
    public static (string Plugin, string Function) SplitName(string name)
    {
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        return separator <= 0 ? ("", name) : (name[..separator], name[(separator + 1)..]);
    }
}
