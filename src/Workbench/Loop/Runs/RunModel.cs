using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>
/// The models a run used, for the record: the agent's provider and model name, and which provider and model played
/// each role (agent, simulator, judge, proposer); runs recorded before roles could differ have no <see cref="Roles"/>.
/// </summary>
public sealed record RunModel(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("model_id")] string ModelId,
    [property: JsonPropertyName("roles")] IReadOnlyDictionary<string, RunRoleModel>? Roles = null);

/// <summary>The provider and model name that played one role in a run.</summary>
public sealed record RunRoleModel(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("model_id")] string ModelId);
