using System.Text.Json.Serialization;
using AgentSupport.Plugins.Sandbox;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// One simulated conversation to hold with both prompt versions: who the customer is, what they want, how the agent
/// is asked to speak, and the seed that makes the two arms the same conversation as far as the prompts allow.
/// </summary>
public sealed record Scenario
{
    /// <summary>Stable id, also the conversation id in both arms' exports, e.g. <c>credit-02</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("context")]
    public required string Context { get; init; }

    /// <summary>The tone the agent is asked for (amable, empático, ...).</summary>
    [JsonPropertyName("tone")]
    public required string Tone { get; init; }

    [JsonPropertyName("channel")]
    public required string Channel { get; init; }

    [JsonPropertyName("language")]
    public required string Language { get; init; }

    [JsonPropertyName("intent")]
    public required string Intent { get; init; }

    /// <summary>A customer of the sandbox fixture; the conversation acts for them.</summary>
    [JsonPropertyName("customer_id")]
    public required Guid CustomerId { get; init; }

    [JsonPropertyName("customer_name")]
    public required string CustomerName { get; init; }

    /// <summary>How the simulated customer behaves, in the scenario's language.</summary>
    [JsonPropertyName("persona")]
    public required string Persona { get; init; }

    /// <summary>What the customer wants, with the data it needs (plates, dates), in the scenario's language.</summary>
    [JsonPropertyName("goal")]
    public required string Goal { get; init; }

    [JsonPropertyName("expectation")]
    public required ScenarioExpectation Expectation { get; init; }

    [JsonPropertyName("seed")]
    public required int Seed { get; init; }
}

/// <summary>
/// What must be true in the sandbox for the goal to count as met, checked after the conversation as tau-bench does:
/// a state change (an effect of <see cref="Effect"/> for the customer, on <see cref="Reference"/> when given) or, for
/// questions that change nothing, a successful call of <see cref="Plugin"/>.<see cref="Function"/>.
/// </summary>
public sealed record ScenarioExpectation
{
    [JsonPropertyName("effect")]
    public SandboxEffectKind? Effect { get; init; }

    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    [JsonPropertyName("plugin")]
    public string? Plugin { get; init; }

    [JsonPropertyName("function")]
    public string? Function { get; init; }

    /// <summary>In words, for reports and the judge's evidence.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }
}
