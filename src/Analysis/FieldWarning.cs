using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis;

/// <summary>A field left out of its metric while its conversation stays valid (e.g. csat "cinco" or a negative duration).</summary>
public sealed record FieldWarning(
    [property: JsonPropertyName("line")] long Line,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("reason")] string Reason);
