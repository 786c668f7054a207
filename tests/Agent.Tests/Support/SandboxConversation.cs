using System.Text;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts.Templates;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Agent.Tests.Support;

/// <summary>
/// A whole conversation between the simulated customer and the agent on a fresh sandbox, then judged: the
/// Workbench loop in miniature, with the shipped prompts and the model the host registered.
/// </summary>
public sealed record SandboxConversation(IReadOnlyList<(bool FromCustomer, string Text)> Transcript, IReadOnlyList<ToolCallRecord> ToolCalls, bool CustomerEnded, bool Escalated)
{
    public static readonly Guid Ana = Guid.Parse("11111111-1111-4111-8111-111111111111");

    public string Text => string.Join("\n", Transcript.Select(line => $"{(line.FromCustomer ? "customer" : "agent")}: {line.Text}"));

    public string Evidence => ToolCalls.Count == 0
        ? "Tool calls:\n(none)\n"
        : "Tool calls:\n" + string.Concat(ToolCalls.Select(call => $"- {call.Plugin}.{call.Function} {call.ArgumentsJson}{(call.Succeeded ? " -> " : " -> FAILED ")}{call.ResultJson}\n"));

    public static async Task<SandboxConversation> RunAsync(
        AgentTestHost host, PromptVersion agentPrompt, Guid customerId, string goal, string persona, string language, int seed, string tone = "")
    {
        var simulatorPrompt = ShippedPrompts.Load("customer-simulator");
        var sandbox = InMemorySandbox.FromDefaultScenario();
        var context = sandbox.ContextFor(customerId, $"conv-{seed}");
        await using var services = new ServiceCollection().AddLogging().AddPluginSandbox(sandbox).AddSingleton(context).BuildServiceProvider();

        var agentVariables = new PromptVariables { Context = "service", Tone = tone, Channel = "webchat", Language = language, Now = sandbox.Scenario.Now };
        var simulatorVariables = agentVariables with { Tone = "", Extra = new Dictionary<string, object?> { ["persona"] = persona, ["goal"] = goal } };
        var marker = simulatorPrompt.Policy.StopMarker!;
        var transcript = new List<(bool, string)>();
        var history = new List<ChatTurn>();
        var calls = new List<ToolCallRecord>();
        var escalated = false;
        for (var turn = 0; turn < 10; turn++)
        {
            List<ChatMessage> messages = [new(ChatRole.System, simulatorPrompt.Render(simulatorVariables)), new(ChatRole.User, "(Se abre el chat.)")];
            messages.AddRange(transcript.Select(line => new ChatMessage(line.Item1 ? ChatRole.Assistant : ChatRole.User, line.Item2)));
            var reply = (await host.ChatClient.GetResponseAsync(messages, new ChatOptions { Seed = seed }.WithHints(ModelRoles.Simulator, simulatorPrompt.Policy, simulatorVariables))).Text;
            var message = reply.Replace(marker, "", StringComparison.Ordinal).Trim();
            transcript.Add((true, message));
            if (reply.Contains(marker, StringComparison.Ordinal))
            {
                return new SandboxConversation(transcript, calls, true, escalated);
            }

            var session = new AgentSession(Guid.NewGuid(), context, agentPrompt, agentVariables, history.ToArray(), seed);
            var result = await TurnResult.RunAsync(host.Agent, session, message, services);
            var completed = result.Completed;
            escalated |= completed.Escalated;
            calls.AddRange(completed.ToolCalls);
            history.Add(ChatTurn.FromUser(message));
            history.Add(ChatTurn.FromAssistant(completed.Text, completed.ToolCalls));
            transcript.Add((false, completed.Text));
        }

        return new SandboxConversation(transcript, calls, false, escalated);
    }

    /// <summary>The judge's JSON verdict on this conversation.</summary>
    public async Task<string> JudgeAsync(AgentTestHost host, string goal, string language)
    {
        var judge = ShippedPrompts.Load("judge");
        var variables = new PromptVariables
        {
            Context = "service",
            Channel = "webchat",
            Language = language,
            Extra = new Dictionary<string, object?> { ["goal"] = goal, ["transcript"] = Text, ["evidence"] = Evidence },
        };
        List<ChatMessage> messages = [new(ChatRole.System, judge.Render(variables)), new(ChatRole.User, "Score the conversation and return the JSON object.")];
        var response = await host.ChatClient.GetResponseAsync(messages, new ChatOptions { ResponseFormat = ChatResponseFormat.Json }.WithHints(ModelRoles.Judge, judge.Policy, variables));
        return response.Text;
    }

    public override string ToString()
    {
        var text = new StringBuilder(Text).AppendLine();
        foreach (var call in ToolCalls)
        {
            text.AppendLine($"  [{call.Plugin}.{call.Function} {call.ArgumentsJson} -> {(call.Succeeded ? "ok" : "FAILED")}]");
        }

        return text.ToString();
    }
}
