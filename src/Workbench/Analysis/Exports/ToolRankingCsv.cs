using AgentSupport.Workbench.Analysis.Metrics;
namespace AgentSupport.Workbench.Analysis.Exports;

/// <summary>Writes <c>candidate_tools_ranked.csv</c> with the older system's column names, best score first.</summary>
public static class ToolRankingCsv
{
    public static readonly IReadOnlyList<string> Columns = ["intent", "tool", "frequency", "unresolved_rate", "csat_gap", "effort", "score"];

    public static void Write(TextWriter output, IEnumerable<ToolRanking> ranking)
    {
        using var csv = CsvExport.CreateWriter(output, leaveOpen: true);
        csv.WriteHeader(Columns.ToArray());
        foreach (var row in ranking)
        {
            csv.WriteField(row.Intent);
            csv.WriteField(row.Tool);
            csv.WriteField(row.Frequency);
            csv.WriteField(row.UnresolvedRate);
            csv.WriteField(row.CsatGap);
            csv.WriteField(row.Effort);
            csv.WriteField(row.Score);
            csv.EndRecord();
        }
    }
}
