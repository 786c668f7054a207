using System.Text.RegularExpressions;
using AgentSupport.Plugins.Common;
using Microsoft.SemanticKernel;

namespace AgentSupport.Agent.Tools;

/// <summary>
/// What the model is told when a call it asked for could not run: specific enough to correct the call
/// (which parameter, which function), never the exception's internals (types, stack, database text).
/// </summary>
internal static partial class ToolFailures
{
    public static ToolError InvalidArguments(string function) => ToolError.InvalidArgument(
        $"The arguments for {function} are not one complete JSON object, so it did not run. Call it again with every argument as valid JSON.");

    public static ToolError UnknownFunction(string name, IEnumerable<string> offered) => ToolError.NotFound(
        $"There is no function named {name}. The functions you can call are: {string.Join(", ", offered)}.");

    public static ToolError Describe(Exception exception, string function) => Parameter(exception) is { } parameter
        ? ToolError.InvalidArgument($"The parameter '{parameter}' of {function} is missing or has a value of the wrong type. Call it again with a valid '{parameter}'.")
        : ToolError.Unavailable($"{function} failed unexpectedly and did nothing. Do not retry it now; offer to hand the case to a person.");

    /// <summary>
    /// The parameter Semantic Kernel could not bind before the method ran: it names it in a
    /// <see cref="KernelException"/> ("Missing argument for function parameter 'x'") or an <see cref="ArgumentException"/>.
    /// Only the name is kept; the rest of the message is the framework's.
    /// </summary>
    private static string? Parameter(Exception exception) => exception switch
    {
        ArgumentException { ParamName: { Length: > 0 } name } => name,
        KernelException when ParameterName().Match(exception.Message) is { Success: true } match => match.Groups[1].Value,
        _ => null,
    };

    [GeneratedRegex(@"function parameter '([A-Za-z_][A-Za-z0-9_]*)'")]
    private static partial Regex ParameterName();
}
