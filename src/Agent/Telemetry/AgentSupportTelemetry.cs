using System.Diagnostics;
using System.Diagnostics.Metrics;
using AgentSupport.Agent.Conversation;

namespace AgentSupport.Agent.Telemetry;

/// <summary>
/// The names under which AgentSupport reports what it does, and the source and meter that report it. Every span
/// and instrument of the agent, its tools and the Workbench is made here, so an exporter subscribes to these
/// names only and a dashboard's queries have one place to look.
/// </summary>
public static class AgentSupportTelemetry
{
    /// <summary>Our own spans: turns, tool calls, Workbench steps.</summary>
    public const string SourceName = "AgentSupport";

    /// <summary>Our counters: turns, failed tool calls, tokens.</summary>
    public const string MeterName = "AgentSupport";

    /// <summary>The GenAI spans of every model call (the OpenTelemetry GenAI conventions), one per request to the provider.</summary>
    public const string ModelSourceName = "AgentSupport.Model";

    public const string ChatTurnSpan = "chat.turn";
    public const string AgentTurnSpan = "agent.turn";
    public const string ToolCallSpan = "agent.tool_call";
    public const string ProposeSpan = "workbench.propose";
    public const string RegenerateSpan = "workbench.regenerate";
    public const string JudgeSpan = "workbench.judge";

    public const string ConversationIdTag = "agentsupport.conversation.id";
    public const string TurnTag = "agentsupport.turn";
    public const string OutcomeTag = "agentsupport.outcome";
    public const string PluginTag = "agentsupport.tool.plugin";
    public const string FunctionTag = "agentsupport.tool.function";
    public const string SucceededTag = "agentsupport.tool.succeeded";
    public const string RoleTag = "agentsupport.model.role";
    public const string RunIdTag = "agentsupport.run.id";
    public const string ScenarioTag = "agentsupport.scenario.id";
    public const string ArmTag = "agentsupport.arm";
    public const string InputTokensTag = "gen_ai.usage.input_tokens";
    public const string OutputTokensTag = "gen_ai.usage.output_tokens";
    public const string TokenTypeTag = "gen_ai.token.type";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("agentsupport.turns", "{turn}", "Customer turns the agent answered, by outcome (completed or failed).");

    private static readonly Counter<long> FailedToolCalls = Meter.CreateCounter<long>("agentsupport.tool_calls.failed", "{call}", "Tool calls that failed, by plugin and function.");

    private static readonly Counter<long> Tokens = Meter.CreateCounter<long>("agentsupport.tokens", "{token}", "Model tokens used, by role and type (input or output).");

    /// <summary>Counts a finished turn: <c>completed</c> or <c>failed</c>.</summary>
    public static void TurnFinished(string outcome) => Turns.Add(1, new KeyValuePair<string, object?>(OutcomeTag, outcome));

    public static void ToolCallFailed(string plugin, string function) =>
        FailedToolCalls.Add(1, new KeyValuePair<string, object?>(PluginTag, plugin), new KeyValuePair<string, object?>(FunctionTag, function));

    /// <summary>Counts the tokens a role used and puts them on <paramref name="span"/>, when there is one.</summary>
    public static void TokensUsed(Activity? span, string role, TokenUsage? usage)
    {
        TagTokens(span, usage);
        if (usage is null)
        {
            return;
        }

        var roleTag = new KeyValuePair<string, object?>(RoleTag, role);
        Tokens.Add(usage.InputTokens, roleTag, new KeyValuePair<string, object?>(TokenTypeTag, "input"));
        Tokens.Add(usage.OutputTokens, roleTag, new KeyValuePair<string, object?>(TokenTypeTag, "output"));
    }

    /// <summary>Puts token counts on a span without counting them again (they were counted where each call was made).</summary>
    public static void TagTokens(Activity? span, TokenUsage? usage)
    {
        if (usage is not null)
        {
            span?.SetTag(InputTokensTag, usage.InputTokens).SetTag(OutputTokensTag, usage.OutputTokens);
        }
    }
}
