using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Privacy;

/// <summary>
/// An admin's decision that a run's exports keep personal data: who decided, why, and when; kept with the run as the
/// record of it. Exports are redacted unless a run carries one.
/// </summary>
public sealed record UnredactedExports(
    [property: JsonPropertyName("by")] string By,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("at")] DateTimeOffset At);
