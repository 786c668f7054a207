using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Web.Workbench;

/// <summary>How runs are shown over HTTP: the run's own <c>run.json</c> document plus what only the web app knows.</summary>
public static class RunDocument
{
    /// <summary>The files a run serves; a URL can only name one of these.</summary>
    public static readonly IReadOnlyList<string> ExportFiles =
    [
        ProposalJson.FileName, AnalysisExports.RankingFile, RunExports.BaselineConversationsFile, RunExports.ProposedConversationsFile,
        AnalysisExports.BaselineMetaFile, AnalysisExports.ProposedMetaFile, ComparisonJson.FileName, ComparisonReportHtml.FileName,
    ];

    /// <summary>
    /// The run as <c>run.json</c> holds it (parameters, model, prompt versions, proposal, comparison with deltas,
    /// intervals and verdict, decision), without the scenario plan and the proposer's inputs, which only the loop needs.
    /// </summary>
    public static JsonObject Describe(RunRecord run, RunProgressEvent? progress, IReadOnlyList<string> exports)
    {
        var document = JsonSerializer.SerializeToNode(run, RunJson.Indented)!.AsObject();
        document.Remove("scenarios");
        document.Remove("proposer_inputs");
        document["scenario_count"] = run.Scenarios.Count;
        document["active"] = progress is not null;
        document["resumable"] = progress is null && IsResumable(run);
        document["progress"] = progress is null ? null : JsonSerializer.SerializeToNode(progress);
        document["exports"] = new JsonArray(exports.Select(e => (JsonNode)e!).ToArray());
        return document;
    }

    /// <summary>A run stopped half-way (cancelled, failed, or cut by a restart) that the loop can take further.</summary>
    public static bool IsResumable(RunRecord run) => run.Status is RunStatus.Created or RunStatus.Approved or RunStatus.Regenerated or RunStatus.Failed;
}

/// <summary>A line of the run list.</summary>
public sealed record RunSummary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("status")] RunStatus Status,
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("prompts")] RunPromptVersions Prompts,
    [property: JsonPropertyName("verdict")] Verdict? Verdict,
    [property: JsonPropertyName("active")] bool Active,
    [property: JsonPropertyName("failure")] string? Failure)
{
    public static RunSummary From(RunRecord run, bool active) =>
        new(run.Id, run.CreatedAt, run.UpdatedAt, run.Status, run.Parameters.Dataset, run.Prompts, run.Comparison?.Verdict, active, run.Failure);
}
