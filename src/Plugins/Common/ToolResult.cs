using System.Text.Json.Serialization;

namespace AgentSupport.Plugins.Common;

/// <summary>
/// What every kernel function returns: either <see cref="Value"/> or <see cref="Error"/>, never both,
/// so the model reads one shape everywhere (<c>{"Ok":true,"Value":{...}}</c> or
/// <c>{"Ok":false,"Error":{"Code":"not_found","Message":"..."}}</c>) and no exception reaches it.
/// </summary>
public sealed record ToolResult<T>
{
    [JsonConstructor]
    private ToolResult(T? value, ToolError? error)
    {
        Value = value;
        Error = error;
    }

    public bool Ok => Error is null;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public T? Value { get; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ToolError? Error { get; }

    public static ToolResult<T> Success(T value) => new(value, null);

    public static ToolResult<T> Failure(ToolError error) => new(default, error);

    public static implicit operator ToolResult<T>(T value) => Success(value);

    public static implicit operator ToolResult<T>(ToolError error) => Failure(error);
}
