using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Judging;

/// <summary>
/// The score of one regenerated conversation. <see cref="Resolved"/> is what the metrics count: the judge's
/// <see cref="JudgeResolved"/> only when the sandbox confirms the scenario's expected effect.
/// </summary>
public sealed record Judgement
{
    [JsonPropertyName("resolved")]
    public required bool Resolved { get; init; }

    [JsonPropertyName("judge_resolved")]
    public required bool JudgeResolved { get; init; }

    [JsonPropertyName("csat")]
    public required double Csat { get; init; }

    [JsonPropertyName("reasons")]
    public required IReadOnlyList<string> Reasons { get; init; }

    [JsonPropertyName("expectation_met")]
    public required bool ExpectationMet { get; init; }

    /// <summary>What the sandbox showed for the expectation, in words.</summary>
    [JsonPropertyName("expectation_detail")]
    public required string ExpectationDetail { get; init; }
}
