using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis;

/// <summary>
/// The analysis summary, serialised with exactly the keys of <c>analyze --json</c>; the Web API returns the same object.
/// The key names are fixed here by attribute so that any serializer options give the same document.
/// </summary>
public sealed record AnalysisResult
{
    /// <summary>How many line numbers of bad lines <see cref="BadLines"/> lists.</summary>
    public const int ListedBadLines = 50;

    [JsonPropertyName("n_valid")]
    public required long NValid { get; init; }

    [JsonPropertyName("n_bad_lines")]
    public required long NBadLines { get; init; }

    /// <summary>The first <see cref="ListedBadLines"/> bad line numbers (1-based physical lines).</summary>
    [JsonPropertyName("bad_lines")]
    public required IReadOnlyList<long> BadLines { get; init; }

    [JsonPropertyName("resolution_rate"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? ResolutionRate { get; init; }

    [JsonPropertyName("avg_csat"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? AvgCsat { get; init; }

    [JsonPropertyName("avg_turns"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? AvgTurns { get; init; }

    [JsonPropertyName("avg_duration_sec"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? AvgDurationSec { get; init; }

    [JsonPropertyName("composite"), JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? Composite { get; init; }

    /// <summary>Intent name → number of conversations, every configured intent in table order.</summary>
    [JsonPropertyName("intents")]
    public required IReadOnlyDictionary<string, long> Intents { get; init; }

    /// <summary>Intents with at least one conversation, best score first.</summary>
    [JsonPropertyName("ranking")]
    public required IReadOnlyList<ToolRanking> Ranking { get; init; }

    [JsonPropertyName("by_context")]
    public required IReadOnlyDictionary<string, ConversationMetrics> ByContext { get; init; }
}
