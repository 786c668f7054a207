using System.Text.Json.Serialization;
using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Loop.Judging;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// One regenerated and judged conversation of one arm, as a run stores it (one JSON line each). A conversation that
/// failed after every retry is kept too, with <see cref="Failure"/> and the messages it got to.
/// </summary>
public sealed record ConversationResult
{
    [JsonPropertyName("scenario_id")]
    public required string ScenarioId { get; init; }

    [JsonPropertyName("arm")]
    public required Arm Arm { get; init; }

    [JsonPropertyName("prompt_version")]
    public required int PromptVersion { get; init; }

    /// <summary>Why the conversation could not be held; null when it was.</summary>
    [JsonPropertyName("failure")]
    public string? Failure { get; init; }

    /// <summary>Attempts it took, retries included.</summary>
    [JsonPropertyName("attempts")]
    public required int Attempts { get; init; }

    [JsonPropertyName("transcript")]
    public required IReadOnlyList<TranscriptTurn> Transcript { get; init; }

    [JsonPropertyName("customer_ended")]
    public bool CustomerEnded { get; init; }

    [JsonPropertyName("duration_sec")]
    public required double DurationSec { get; init; }

    [JsonPropertyName("effects")]
    public IReadOnlyList<SandboxEffect> Effects { get; init; } = [];

    [JsonPropertyName("judgement")]
    public Judgement? Judgement { get; init; }

    /// <summary>Why the judge gave no score; the conversation then counts as unresolved without a csat.</summary>
    [JsonPropertyName("judge_failure")]
    public string? JudgeFailure { get; init; }

    [JsonPropertyName("usage")]
    public TokenUsage? Usage { get; init; }

    [JsonPropertyName("finished_at")]
    public required DateTimeOffset FinishedAt { get; init; }

    [JsonIgnore]
    public bool Failed => Failure is not null;

    [JsonIgnore]
    public (string ScenarioId, Arm Arm) Key => (ScenarioId, Arm);
}
