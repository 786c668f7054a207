using System.Text.Json;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Catalog;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Offline.Judge;

/// <summary>
/// The Offline engine's judge. From the prompt variables' extras (<c>goal</c>, <c>transcript</c>,
/// <c>evidence</c>) it scores by rules: the goal's intent is recognised and resolved only when the plugin
/// serving it was called successfully and the conversation was not handed to a person; the score drops for
/// failed tools, answers in another language and going past the prompt's turn budget. It answers the JSON
/// <c>{"resolved": bool, "csat": 1–5, "reasons": [...]}</c>.
/// </summary>
internal sealed class OfflineJudge
{
    public ChatMessage Respond(OfflineConversation conversation, ChatOptions? options)
    {
        var variables = ModelHints.GetVariables(options);
        var policy = ModelHints.GetPolicy(options) ?? new Prompts.Templates.PromptPolicy();
        var extra = variables?.Extra ?? new Dictionary<string, object?>();
        var goal = extra.GetValueOrDefault("goal") as string ?? "";
        var transcript = TranscriptEvidence.Transcript(extra.GetValueOrDefault("transcript") as string);
        var calls = TranscriptEvidence.Calls(extra.GetValueOrDefault("evidence") as string);
        var language = ConversationLanguage.Normalize(variables?.Language ?? LanguageGuess.Of(transcript.Select(line => line.Text)));

        var verdict = Score(goal, transcript, calls, language, policy.MaxTurns);
        var json = JsonSerializer.Serialize(new
        {
            resolved = verdict.Resolved,
            csat = verdict.Csat,
            reasons = verdict.Reasons,
        });
        return new ChatMessage(ChatRole.Assistant, json);
    }

    private sealed record Verdict(bool Resolved, double Csat, IReadOnlyList<string> Reasons);

    private static Verdict Score(string goal, IReadOnlyList<TranscriptEvidence.Line> transcript, IReadOnlyList<TranscriptEvidence.Call> calls, string language, int budget)
    {
        var reasons = new List<string>();
        var intent = IntentRecognizer.Recognize(goal) ?? transcript.Where(line => line.FromCustomer).Select(line => IntentRecognizer.Recognize(line.Text)).FirstOrDefault(found => found is not null);
        var plugin = intent is null ? null : PluginCatalog.ForIntent(intent)?.Name;
        var escalated = calls.Any(call => call.Succeeded && call.Plugin == Escalation.PluginName && call.Function == Escalation.FunctionName);
        var served = plugin is null
            ? calls.Any(call => call.Succeeded && call.Plugin != Escalation.PluginName)
            : calls.Any(call => call.Succeeded && call.Plugin == plugin);
        var failed = calls.Count(call => !call.Succeeded);
        var agentLines = transcript.Where(line => !line.FromCustomer).Select(line => line.Text).ToList();
        var agentTurns = agentLines.Count;
        var languageMatches = agentLines.Count == 0 || LanguageGuess.Of(agentLines) == language;
        var resolved = served && !escalated && agentTurns > 0;

        double csat;
        if (agentTurns == 0)
        {
            csat = 1;
            reasons.Add("The agent never answered.");
        }
        else if (resolved)
        {
            csat = 5;
            reasons.Add(plugin is null ? "Answered with data from a successful tool call." : $"Served the goal with a successful {plugin} call.");
        }
        else if (escalated)
        {
            csat = 2.5;
            reasons.Add("Handed the conversation to a person with a ticket instead of resolving it.");
        }
        else
        {
            csat = 2;
            reasons.Add(plugin is null ? "No tool gave the customer a concrete answer." : $"The goal needed {plugin}, which was never called successfully.");
        }

        if (failed > 0)
        {
            csat -= 0.5 * Math.Min(failed, 2);
            reasons.Add($"{failed} tool call(s) failed.");
        }

        if (!languageMatches)
        {
            csat -= 1;
            reasons.Add($"Replied in a language other than the expected '{language}'.");
        }

        if (agentTurns > budget)
        {
            csat -= 1;
            reasons.Add($"Took {agentTurns} replies, over the budget of {budget}.");
        }
        else if (resolved && agentTurns > 2)
        {
            csat -= 0.5;
            reasons.Add($"Needed {agentTurns} replies to get there.");
        }

        return new Verdict(resolved, Math.Round(Math.Clamp(csat, 1, 5), 1, MidpointRounding.AwayFromZero), reasons);
    }
}
