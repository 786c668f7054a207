using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>The prompt versions a run used.</summary>
public sealed record RunPromptVersions
{
    [JsonPropertyName("baseline")]
    public required int Baseline { get; init; }

    /// <summary>Set by the approval.</summary>
    [JsonPropertyName("candidate")]
    public int? Candidate { get; init; }

    /// <summary>Production when the run started; promotion only moves it from here.</summary>
    [JsonPropertyName("production_at_start")]
    public int? ProductionAtStart { get; init; }

    [JsonPropertyName("simulator")]
    public required int Simulator { get; init; }

    [JsonPropertyName("judge")]
    public required int Judge { get; init; }

    [JsonPropertyName("proposer")]
    public required int Proposer { get; init; }
}
