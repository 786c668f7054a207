using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis;

/// <summary>A skipped line: its 1-based physical line number and why it is not a conversation.</summary>
public sealed record BadLine(
    [property: JsonPropertyName("line")] long Line,
    [property: JsonPropertyName("reason")] string Reason);
