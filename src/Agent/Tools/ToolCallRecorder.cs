using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.SemanticKernel;

namespace AgentSupport.Agent.Tools;

/// <summary>
/// Kernel filter that reports and records every function the model has the kernel invoke: it sees the
/// real arguments and the real result, whichever provider asked for the call.
/// </summary>
internal sealed class ToolCallRecorder(ChannelWriter<AgentEvent> events) : IAutoFunctionInvocationFilter
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

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        var plugin = context.Function.PluginName ?? "";
        var function = context.Function.Name;
        var arguments = ToolJson.Arguments(context.Arguments);
        Started(plugin, function);
        var clock = Stopwatch.StartNew();
        try
        {
            await next(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Record(new ToolCallRecord(plugin, function, arguments, ToolJson.Error(exception), false, clock.Elapsed));
            throw;
        }

        var result = ToolJson.Serialize(context.Result.GetValue<object>());
        Record(new ToolCallRecord(plugin, function, arguments, result, !ToolJson.IsFailure(result), clock.Elapsed));
    }

    /// <summary>Reports that a call is starting.</summary>
    public void Started(string plugin, string function) => events.TryWrite(new ToolCallStarted(plugin, function));

    /// <summary>Records a finished call; used directly for calls the agent makes itself (an enforced escalation).</summary>
    public void Record(ToolCallRecord call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }

        events.TryWrite(new ToolCallCompleted(call));
    }
}
