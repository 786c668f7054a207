using System.Text;
using AgentSupport.Workbench.Analysis;
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

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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

        await using (var ranking = new StreamWriter(Path.Combine(directory, AnalysisExports.RankingFile), append: false, Utf8))
        {
            ToolRankingCsv.Write(ranking, run.DatasetAnalysis.Ranking);
        }

        written.Add(AnalysisExports.RankingFile);
        var scenarios = run.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var order = run.Scenarios.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var (arm, file) in new[] { (Arm.Baseline, BaselineConversationsFile), (Arm.Candidate, ProposedConversationsFile) })
        {
            await using var output = File.Create(Path.Combine(directory, file));
            await SeedJsonlWriter.WriteAsync(
                output,
                results.Where(r => r.Arm == arm).OrderBy(r => order[r.ScenarioId]).Select(r => RegeneratedConversations.ToSeed(r, scenarios[r.ScenarioId]))
                    .Select(seed => redact ? ExportRedaction.Redact(seed) : seed),
                cancellationToken);
            written.Add(file);
        }

        var arms = RunArms.From(run, results);
        using (var baselineMeta = ConversationMetaCsvWriter.Create(Path.Combine(directory, AnalysisExports.BaselineMetaFile)))
        using (var proposedMeta = ConversationMetaCsvWriter.Create(Path.Combine(directory, AnalysisExports.ProposedMetaFile)))
        {
            await arms.AnalyseAsync(analyzer, run, baselineMeta.Write, proposedMeta.Write, cancellationToken);
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
