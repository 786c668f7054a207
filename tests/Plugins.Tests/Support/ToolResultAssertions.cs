using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Tests.Support;

internal static class ToolResultAssertions
{
    public static T AssertOk<T>(this ToolResult<T> result)
    {
        Assert.True(result.Ok, $"expected success, got {result.Error?.Code}: {result.Error?.Message}");
        return result.Value!;
    }

    public static ToolError AssertError<T>(this ToolResult<T> result, string code)
    {
        Assert.False(result.Ok, "expected an error, got success");
        Assert.Equal(code, result.Error!.Code);
        Assert.Null(result.Value);
        return result.Error;
    }
}
