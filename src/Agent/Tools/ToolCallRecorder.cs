using System.Diagnostics;
using System.Threading.Channels;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Telemetry;
using Microsoft.SemanticKernel;

namespace AgentSupport.Agent.Tools;

/// <summary>
/// Kernel filter that runs, reports and records every function the model has the kernel invoke: it sees the
/// real arguments and the real result, whichever provider asked for the call. A call the model got wrong
/// (unreadable arguments, a missing parameter, a function that throws) becomes a failed call whose specific
/// error the model reads, so it can correct itself. Failures count toward the prompt's escalation limit as
/// they happen: once the limit is reached, no further call runs and the model is not asked again.
/// </summary>
internal sealed class ToolCallRecorder(ChannelWriter<AgentEvent> events, int failedBefore = 0, int escalateAfterFailed = 0, bool escalatedBefore = false)
    : IAutoFunctionInvocationFilter
{
    private readonly Lock _gate = new();
    private readonly List<ToolCallRecord> _calls = [];

    public IReadOnlyList<ToolCallRecord> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The conversation is in a person's hands: handed over in an earlier turn or by a call of this one.</summary>
    public bool Escalated => escalatedBefore || Calls.Any(Escalation.IsEscalation);

    /// <summary>Failed calls of the whole conversation, this turn's included.</summary>
    public int FailedCalls => failedBefore + Calls.Count(call => !call.Succeeded);

    /// <summary>Too many calls failed and nobody took over yet: the agent must hand the conversation over now.</summary>
    public bool EscalationDue => !Escalated && escalateAfterFailed > 0 && FailedCalls >= escalateAfterFailed;

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        if (EscalationDue)
        {
            context.Terminate = true;
            return;
        }

        var plugin = context.Function.PluginName ?? "";
        var function = context.Function.Name;
        using var span = Started(plugin, function);
        var clock = Stopwatch.StartNew();
        if (context.CallContent?.Exception is not null)
        {
            // The provider could not read the arguments; running the function without them would act on nothing the model meant.
            // The provider keeps no copy of the unreadable text, so the record holds no arguments.
            Fail(context, new ToolCallRecord(plugin, function, "{}", ToolJson.Error(ToolFailures.InvalidArguments(function)), false, clock.Elapsed), span);
            return;
        }

        var arguments = ToolJson.Arguments(context.Arguments);
        try
        {
            await next(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(context, new ToolCallRecord(plugin, function, arguments, ToolJson.Error(ToolFailures.Describe(exception, function)), false, clock.Elapsed), span);
            return;
        }

        var result = ToolJson.Serialize(context.Result.GetValue<object>());
        Record(new ToolCallRecord(plugin, function, arguments, result, !ToolJson.IsFailure(result), clock.Elapsed), span);
        context.Terminate |= EscalationDue;
    }

    /// <summary>Reports that a call is starting; the span it returns lasts until the call is recorded and disposed.</summary>
    public Activity? Started(string plugin, string function)
    {
        events.TryWrite(new ToolCallStarted(plugin, function));
        return AgentSupportTelemetry.Source.StartActivity(AgentSupportTelemetry.ToolCallSpan)
            ?.SetTag(AgentSupportTelemetry.PluginTag, plugin)
            .SetTag(AgentSupportTelemetry.FunctionTag, function);
    }

    /// <summary>Records a finished call; used directly for calls the agent makes itself (an enforced escalation) and for unknown functions.</summary>
    public void Record(ToolCallRecord call, Activity? span)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }

        span?.SetTag(AgentSupportTelemetry.SucceededTag, call.Succeeded);
        if (!call.Succeeded)
        {
            span?.SetStatus(ActivityStatusCode.Error);
            AgentSupportTelemetry.ToolCallFailed(call.Plugin, call.Function);
        }

        events.TryWrite(new ToolCallCompleted(call));
    }

    private void Fail(AutoFunctionInvocationContext context, ToolCallRecord call, Activity? span)
    {
        Record(call, span);
        context.Result = new FunctionResult(context.Function, call.ResultJson);
        context.Terminate |= EscalationDue;
    }
}
