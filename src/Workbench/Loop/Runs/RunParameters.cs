using System.Text.Json.Serialization;
using AgentSupport.Workbench.Privacy;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>What a run was asked to do, as given when it started.</summary>
public sealed record RunParameters
{
    /// <summary>Where the analysed conversations came from (a file name, or "live conversations").</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    public const string DefaultPromptId = "customer-agent";

    /// <summary>The agent prompt whose versions are compared.</summary>
    [JsonPropertyName("prompt_id")]
    public string PromptId { get; init; } = DefaultPromptId;

    /// <summary>The version compared against; null means production when the run starts.</summary>
    [JsonPropertyName("baseline_version")]
    public int? BaselineVersion { get; init; }

    [JsonPropertyName("per_context")]
    public int PerContext { get; init; } = 3;

    [JsonPropertyName("parallelism")]
    public int Parallelism { get; init; } = 8;

    [JsonPropertyName("retries")]
    public int Retries { get; init; } = 3;

    /// <summary>Null keeps each prompt's own temperature.</summary>
    [JsonPropertyName("temperature")]
    public float? Temperature { get; init; } = 0.7f;

    [JsonPropertyName("seed")]
    public int Seed { get; init; } = 42;

    /// <summary>Language the proposal's texts are written in.</summary>
    [JsonPropertyName("proposal_language")]
    public string ProposalLanguage { get; init; } = "es";

    /// <summary>
    /// An example the app made on its first start, on a copy of the prompts: it shows what a run produces, and nobody
    /// approves, resumes, promotes or rejects it.
    /// </summary>
    [JsonPropertyName("example"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Example { get; init; }

    /// <summary>Set when an admin switched redaction of this run's exports off; null (the default) redacts them.</summary>
    [JsonPropertyName("unredacted_exports")]
    public UnredactedExports? UnredactedExports { get; init; }

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Dataset);
        Check(PerContext is >= 1 and <= 10, "per-context must be 1 to 10");
        Check(Parallelism is >= 1 and <= 16, "parallelism must be 1 to 16");
        Check(Retries is >= 1 and <= 8, "retries must be 1 to 8");
        Check(Temperature is null or (>= 0 and <= 1.5f), "temperature must be 0 to 1.5");
        Check(ProposalLanguage is "es" or "en", "the proposal language must be es or en");
        Check(UnredactedExports is null || (!string.IsNullOrWhiteSpace(UnredactedExports.By) && !string.IsNullOrWhiteSpace(UnredactedExports.Reason)),
            "exports without redaction need who decided it and why");
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException(message);
        }
    }
}
