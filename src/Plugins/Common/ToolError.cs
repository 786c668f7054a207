namespace AgentSupport.Plugins.Common;

/// <summary>
/// Why a kernel function could not do what was asked, written so the model can explain it to the
/// customer or correct its own arguments. <see cref="Code"/> is one of <see cref="ToolErrorCodes"/>.
/// </summary>
public sealed record ToolError(string Code, string Message)
{
    public static ToolError InvalidArgument(string message) => new(ToolErrorCodes.InvalidArgument, message);

    public static ToolError NotFound(string message) => new(ToolErrorCodes.NotFound, message);

    public static ToolError Conflict(string message) => new(ToolErrorCodes.Conflict, message);

    public static ToolError Expired(string message) => new(ToolErrorCodes.Expired, message);

    public static ToolError NotEligible(string message) => new(ToolErrorCodes.NotEligible, message);

    public static ToolError Unavailable(string message) => new(ToolErrorCodes.Unavailable, message);
}
