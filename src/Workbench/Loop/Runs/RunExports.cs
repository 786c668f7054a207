using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Conversations;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Privacy;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>
/// Writes a run's files: the older system's six (<c>llm_rewrite_response.json</c>, <c>candidate_tools_ranked.csv</c>,
/// <c>baseline_conversations.jsonl</c>, <c>proposed_conversations.jsonl</c>, <c>baseline_meta.csv</c>,
/// <c>proposed_meta.csv</c>) plus <c>comparison.json</c> and <c>report.html</c> once the run is compared. The
/// conversation files are in the seed dialect, so <c>analyze</c> and <c>compare</c> read them like any other. Their
/// free text has personal data redacted unless the run's <see cref="RunParameters.UnredactedExports"/> says otherwise.
/// </summary>
public static class RunExports
{
    public const string BaselineConversationsFile = "baseline_conversations.jsonl";
    public const string ProposedConversationsFile = "proposed_conversations.jsonl";

    /// <returns>The files written, by name.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        RunRecord run, IReadOnlyList<ConversationResult> results, ConversationAnalyzer analyzer, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var redact = run.Parameters.UnredactedExports is null;
        if (run.ProposalResponse is { } response)
        {
            await ProposalJson.WriteResponseAsync(directory, redact ? ExportRedaction.Redact(response) : response, cancellationToken);
            written.Add(ProposalJson.FileName);
        }

        await AtomicFile.WriteTextAsync(Path.Combine(directory, AnalysisExports.RankingFile), ranking => ToolRankingCsv.Write(ranking, run.DatasetAnalysis.Ranking), cancellationToken);

        written.Add(AnalysisExports.RankingFile);
        var scenarios = run.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var order = run.Scenarios.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var (arm, file) in new[] { (Arm.Baseline, BaselineConversationsFile), (Arm.Candidate, ProposedConversationsFile) })
        {
            await AtomicFile.WriteAsync(Path.Combine(directory, file), (output, ct) => SeedJsonlWriter.WriteAsync(
                output,
                results.Where(r => r.Arm == arm).OrderBy(r => order[r.ScenarioId]).Select(r => RegeneratedConversations.ToSeed(r, scenarios[r.ScenarioId]))
                    .Select(seed => redact ? ExportRedaction.Redact(seed) : seed),
                ct), cancellationToken);
            written.Add(file);
        }

        var arms = RunArms.From(run, results);
        var (baselinePath, proposedPath) = (Path.Combine(directory, AnalysisExports.BaselineMetaFile), Path.Combine(directory, AnalysisExports.ProposedMetaFile));
        var (baselinePartial, proposedPartial) = (AtomicFile.TemporaryFor(baselinePath), AtomicFile.TemporaryFor(proposedPath));
        try
        {
            // Both CSVs stream during one analysis, so they are published together once it has finished.
            using (var baselineMeta = ConversationMetaCsvWriter.Create(baselinePartial))
            using (var proposedMeta = ConversationMetaCsvWriter.Create(proposedPartial))
            {
                await arms.AnalyseAsync(analyzer, run, baselineMeta.Write, proposedMeta.Write, cancellationToken);
            }

            File.Move(baselinePartial, baselinePath, overwrite: true);
            File.Move(proposedPartial, proposedPath, overwrite: true);
        }
        finally
        {
            File.Delete(baselinePartial);
            File.Delete(proposedPartial);
        }

        written.AddRange([AnalysisExports.BaselineMetaFile, AnalysisExports.ProposedMetaFile]);
        if (run.Comparison is { } comparison)
        {
            await ComparisonJson.WriteAsync(directory, comparison, cancellationToken);
            var samples = SampleTranscripts.FromConversations(arms.Baseline, arms.Candidate, comparison.Samples);
            await ComparisonReportHtml.WriteAsync(directory, comparison, redact ? samples.Select(ExportRedaction.Redact).ToArray() : samples, cancellationToken);
            written.AddRange([ComparisonJson.FileName, ComparisonReportHtml.FileName]);
        }

        return written;
    }
}
