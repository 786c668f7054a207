using System.Text;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Prompts.Templates;
using AgentSupport.Workbench.Conversations;
using AgentSupport.Workbench.Loop.Regeneration;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Loop.Judging;

/// <summary>
/// Scores a regenerated conversation with the <c>judge</c> prompt against the scenario's goal, giving it the tool calls
/// and sandbox changes as evidence, then checks the scenario's expectation in the sandbox: a conversation the judge
/// calls resolved without the expected effect counts as unresolved.
/// </summary>
public sealed class ConversationJudge(IChatClient judgeModel, SimulationOptions options)
{
    /// <summary>A judge answer that is not the expected JSON is sent back once with the problem.</summary>
    public const int MaxAttempts = 2;

    private const int MaxResultChars = 600;

    /// <exception cref="JudgeFailedException">The judge gave no usable score.</exception>
    public async Task<(Judgement Judgement, TokenUsage? Usage)> JudgeAsync(
        Scenario scenario, SimulatedConversation conversation, PromptVersion judgePrompt, CancellationToken cancellationToken)
    {
        var variables = new PromptVariables
        {
            Context = scenario.Context,
            Tone = scenario.Tone,
            Channel = scenario.Channel,
            Language = scenario.Language,
            Extra = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["goal"] = scenario.Goal,
                ["transcript"] = Transcript(conversation),
                ["evidence"] = Evidence(conversation),
            },
        };
        List<ChatMessage> messages =
        [
            new(ChatRole.System, judgePrompt.Render(variables)),
            new(ChatRole.User, "Score the conversation and return the JSON object."),
        ];
        var chatOptions = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.Json,
            Temperature = judgePrompt.Policy.Temperature is { } t ? (float)t : null,
            Seed = scenario.Seed,
            MaxOutputTokens = judgePrompt.Policy.MaxOutputTokens,
        }.WithHints(ModelRoles.Judge, judgePrompt.Policy, variables);

        TokenUsage? usage = null;
        string? error = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var response = await CallAsync(messages, chatOptions, cancellationToken);
            usage = TokenCounts.Add(usage, TokenCounts.Of(response.Usage));
            if (JudgeReply.Parse(response.Text, out error) is { } reply)
            {
                return (Decide(scenario, conversation, reply), usage);
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
            messages.Add(new ChatMessage(ChatRole.User, $"That answer cannot be used: {error}. Return only the JSON object {{\"resolved\", \"csat\", \"reasons\"}}."));
        }

        throw new JudgeFailedException($"The judge gave no usable score in {MaxAttempts} attempts: {error}.");
    }

    /// <summary>The judge's view, overruled by the sandbox when the expected effect is missing.</summary>
    internal static Judgement Decide(Scenario scenario, SimulatedConversation conversation, JudgeReply reply)
    {
        var (met, detail) = ExpectationCheck.Check(scenario, conversation);
        var reasons = reply.Reasons.ToList();
        if (reply.Resolved && !met)
        {
            reasons.Add($"Counted unresolved: the judge found it resolved, but {detail}.");
        }

        return new Judgement
        {
            Resolved = reply.Resolved && met,
            JudgeResolved = reply.Resolved,
            Csat = reply.Csat,
            Reasons = reasons,
            ExpectationMet = met,
            ExpectationDetail = detail,
        };
    }

    private async Task<ChatResponse> CallAsync(List<ChatMessage> messages, ChatOptions chatOptions, CancellationToken cancellationToken)
    {
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        call.CancelAfter(options.CallTimeout);
        try
        {
            return await judgeModel.GetResponseAsync(messages, chatOptions, call.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new JudgeFailedException($"The judge did not answer within {options.CallTimeout}.", ex);
        }
    }

    private static string Transcript(SimulatedConversation conversation) =>
        string.Join("\n", conversation.Transcript.Select(t => $"{(t.Speaker == SeedMessage.Customer ? "customer" : "agent")}: {t.Text}"));

    private static string Evidence(SimulatedConversation conversation)
    {
        var text = new StringBuilder("Tool calls:\n");
        var calls = conversation.Transcript.SelectMany(t => t.ToolCalls).ToArray();
        foreach (var call in calls)
        {
            var result = call.ResultJson.Length <= MaxResultChars ? call.ResultJson : call.ResultJson[..MaxResultChars] + "…";
            text.Append("- ").Append(call.Plugin).Append('.').Append(call.Function).Append(' ').Append(call.ArgumentsJson)
                .Append(call.Succeeded ? " -> " : " -> FAILED ").Append(result).Append('\n');
        }

        if (calls.Length == 0)
        {
            text.Append("(none)\n");
        }

        text.Append("Changes to the customer's records:\n");
        foreach (var effect in conversation.Sandbox.Effects)
        {
            text.Append("- ").Append(effect.Kind).Append(' ').Append(effect.Reference).Append(effect.Detail is null ? "" : $" ({effect.Detail})").Append('\n');
        }

        if (conversation.Sandbox.Effects.Count == 0)
        {
            text.Append("(none)\n");
        }

        return text.ToString();
    }
}
