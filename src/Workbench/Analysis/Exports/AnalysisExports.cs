using System.Text;

namespace AgentSupport.Workbench.Analysis;

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
        await using (var ranking = new StreamWriter(Path.Combine(directory, RankingFile), append: false, new UTF8Encoding(false)))
        {
            ToolRankingCsv.Write(ranking, report.Result.Ranking);
        }

        await using var analysis = File.Create(Path.Combine(directory, AnalysisFile));
        await AnalysisJson.WriteExportDocumentAsync(analysis, report, cancellationToken);
    }
}
