using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>The model a run used, for the record: provider and model name.</summary>
public sealed record RunModel(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("model_id")] string ModelId);
