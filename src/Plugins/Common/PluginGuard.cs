using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Plugins.Common;

/// <summary>
/// Runs a kernel function body so that nothing but a <see cref="ToolResult{T}"/> comes out: a failing
/// port is logged and becomes an <c>unavailable</c> error the model can act on (apologise, retry,
/// escalate). Cancellation of the turn itself still propagates, since nobody is left to read a result.
/// </summary>
internal static class PluginGuard
{
    public static async Task<ToolResult<T>> RunAsync<T>(
        ILogger logger,
        Func<Task<ToolResult<T>>> body,
        CancellationToken cancellationToken,
        [CallerMemberName] string function = "")
    {
        try
        {
            return await body();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Plugin function {Function} failed", function);
            return ToolError.Unavailable("The service behind this tool failed. Tell the customer it is temporarily unavailable and offer to escalate to a human agent.");
        }
    }
}
