using AgentSupport.Plugins.Common;

namespace AgentSupport.Agent.Tools;

/// <summary>
/// What the model is told when a call it asked for could not run: specific enough to correct the call
/// (which parameter, which function), never the exception's internals (types, stack, database text).
/// </summary>
internal static class ToolFailures
{
    public static ToolError InvalidArguments(string function) => ToolError.InvalidArgument(
        $"The arguments for {function} are not one complete JSON object, so it did not run. Call it again with every argument as valid JSON.");

    public static ToolError UnknownFunction(string name, IEnumerable<string> offered) => ToolError.NotFound(
        $"There is no function named {name}. The functions you can call are: {string.Join(", ", offered)}.");

    public static ToolError Describe(Exception exception, string function) => exception switch
    {
        // Semantic Kernel binds arguments before the method runs and names the parameter it could not fill.
        ArgumentException { ParamName: { Length: > 0 } parameter } => ToolError.InvalidArgument(
            $"The parameter '{parameter}' of {function} is missing or has a value of the wrong type. Call it again with a valid '{parameter}'."),
        _ => ToolError.Unavailable($"{function} failed unexpectedly and did nothing. Do not retry it now; offer to hand the case to a person."),
    };
}
