namespace AgentSupport.Workbench.Analysis.Exports;

/// <summary>The export files of an analysis, named as the older system named them.</summary>
public static class AnalysisExports
{
    public const string RankingFile = "candidate_tools_ranked.csv";
    public const string BaselineMetaFile = "baseline_meta.csv";
    public const string ProposedMetaFile = "proposed_meta.csv";
    public const string AnalysisFile = "analysis.json";

    /// <summary>Writes <see cref="RankingFile"/> and <see cref="AnalysisFile"/>; the meta CSV is streamed during the analysis with <see cref="ConversationMetaCsvWriter"/>.</summary>
    public static async Task WriteAsync(AnalysisReport report, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await AtomicFile.WriteTextAsync(Path.Combine(directory, RankingFile), ranking => ToolRankingCsv.Write(ranking, report.Result.Ranking), cancellationToken);
        await AtomicFile.WriteAsync(Path.Combine(directory, AnalysisFile), (analysis, ct) => AnalysisJson.WriteExportDocumentAsync(analysis, report, ct), cancellationToken);
    }
}
