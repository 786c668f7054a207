using System.Text.Json;
using AgentSupport.Agent.Tools;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SkFunctionCallContent = Microsoft.SemanticKernel.FunctionCallContent;
using SkFunctionResultContent = Microsoft.SemanticKernel.FunctionResultContent;

namespace AgentSupport.Agent.Conversation;

/// <summary>Rebuilds the model's view of a conversation from the stored turns.</summary>
internal static class ConversationHistory
{
    /// <summary>
    /// System prompt, earlier turns and the new message. An assistant turn's tool calls are replayed as
    /// the call/result pairs the model made, so it remembers what it already looked up and what failed.
    /// Earlier turns are sent newest first until <paramref name="tokenBudget"/> is spent, starting at a
    /// customer turn; the oldest ones beyond it are left out.
    /// </summary>
    public static ChatHistory Build(string systemPrompt, IReadOnlyList<ChatTurn> turns, string customerMessage, int tokenBudget = int.MaxValue)
    {
        var history = new ChatHistory(systemPrompt);
        for (var index = FirstWithinBudget(turns, tokenBudget); index < turns.Count; index++)
        {
            var turn = turns[index];
            if (turn.IsUser)
            {
                history.AddUserMessage(turn.Text);
                continue;
            }

            if (turn.ToolCalls is { Count: > 0 } calls)
            {
                var request = new ChatMessageContent(AuthorRole.Assistant, content: null);
                var results = new ChatMessageContent(AuthorRole.Tool, content: null);
                for (var call = 0; call < calls.Count; call++)
                {
                    var id = $"call_{index}_{call}";
                    // The name is the one the model sees for kernel functions: plugin and function joined by '_'.
                    var name = $"{calls[call].Plugin}_{calls[call].Function}";
                    request.Items.Add(new SkFunctionCallContent(name, pluginName: null, id, Arguments(calls[call].ArgumentsJson)));
                    results.Items.Add(new SkFunctionResultContent(name, pluginName: null, id, calls[call].ResultJson));
                }

                history.Add(request);
                history.Add(results);
            }

            history.AddAssistantMessage(turn.Text);
        }

        history.AddUserMessage(customerMessage);
        return history;
    }

    /// <summary>About four characters a token, as OpenAI's tokenisers count Spanish and English text.</summary>
    public static int EstimateTokens(ChatTurn turn) =>
        (turn.Text.Length + (turn.ToolCalls?.Sum(call => call.Plugin.Length + call.Function.Length + call.ArgumentsJson.Length + call.ResultJson.Length) ?? 0)) / 4 + 1;

    private static int FirstWithinBudget(IReadOnlyList<ChatTurn> turns, int tokenBudget)
    {
        var first = turns.Count;
        var spent = 0;
        for (var index = turns.Count - 1; index >= 0; index--)
        {
            spent += EstimateTokens(turns[index]);
            if (spent > tokenBudget)
            {
                break;
            }

            if (turns[index].IsUser)
            {
                first = index;
            }
        }

        return first;
    }

    /// <summary>Failed tool calls of earlier turns, counted toward the escalation policy.</summary>
    public static int FailedToolCalls(IReadOnlyList<ChatTurn> turns) =>
        turns.Sum(turn => turn.ToolCalls?.Count(call => !call.Succeeded) ?? 0);

    public static bool WasEscalated(IReadOnlyList<ChatTurn> turns) =>
        turns.Any(turn => turn.ToolCalls?.Any(Escalation.IsEscalation) == true);

    public static int CustomerTurns(IReadOnlyList<ChatTurn> turns) => turns.Count(turn => turn.IsUser);

    private static KernelArguments Arguments(string json)
    {
        var arguments = new KernelArguments();
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    arguments[property.Name] = property.Value.Clone();
                }
            }
        }
        catch (JsonException)
        {
            // A stored record with unreadable arguments still replays as a call without them.
        }

        return arguments;
    }
}
