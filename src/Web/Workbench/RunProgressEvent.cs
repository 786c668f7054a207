using System.Text.Json.Serialization;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Web.Workbench;

/// <summary>One progress event of a run: its step, the conversations done of the total, and whether it is still going.</summary>
public sealed record RunProgressEvent(
    [property: JsonPropertyName("run_id")] string RunId,
    [property: JsonPropertyName("status")] RunStatus Status,
    [property: JsonPropertyName("stage")] string Stage,
    [property: JsonPropertyName("done")] int Done,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("active")] bool Active,
    [property: JsonPropertyName("failure")] string? Failure);
