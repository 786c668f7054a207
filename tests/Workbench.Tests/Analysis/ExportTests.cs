using System.Text.Json;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Analysis.Metrics;
using CsvHelper;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class ExportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"agentsupport-exports-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_meta_csv_streams_one_row_per_conversation_with_the_transcript_length()
    {
        var jsonl = string.Join('\n',
            Line(Dialect.Seed, "a", resolved: "\"sí\"", csat: "4.5", duration: "90", context: "credit", transcript: [CustomerSays("hola, ¿y la tasa?"), AgentSays("19 %"), CustomerSays("ok")]),
            "{broken",
            Line(Dialect.Roles, "b", resolved: "false", csat: "\"cinco\"", duration: null, context: "ask", transcript: [CustomerSays("hola")]));
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, AnalysisExports.BaselineMetaFile);

        using (var meta = ConversationMetaCsvWriter.Create(path))
        {
            await new ConversationAnalyzer().AnalyzeAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(jsonl)), onConversation: meta.Write);
        }

        using var csv = CsvReader.FromFile(path);
        Assert.Equal(ConversationMetaCsvWriter.Columns, csv.Headers);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(ConversationMetaCsvWriter.Columns.Select(c => csv.GetString(c)).ToArray());
        }

        Assert.Equal(
            [
                ["a", "credit", "True", "3", "90", "4.5", "summary of a"],
                ["b", "ask", "False", "1", "", "", "summary of b"],
            ],
            rows);
    }

    [Fact]
    public async Task Ranking_csv_and_analysis_json_hold_the_report()
    {
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "a", resolved: "false", csat: "2", transcript: [CustomerSays("mi garantía, \"urgente\"")]),
            Line(Dialect.Seed, "b", resolved: "true", csat: "5", transcript: [CustomerSays("una cita")]),
            "[]");

        await AnalysisExports.WriteAsync(report, _directory);

        using (var csv = CsvReader.FromFile(Path.Combine(_directory, AnalysisExports.RankingFile)))
        {
            Assert.Equal(ToolRankingCsv.Columns, csv.Headers);
            Assert.True(csv.Read());
            Assert.Equal("warranty_claim", csv.GetString("intent"));
            Assert.Equal("Warranty Coverage Checker", csv.GetString("tool"));
            Assert.Equal(report.Result.Ranking[0].Score, double.Parse(csv.GetString("score"), System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(csv.Read());
            Assert.Equal("appointment", csv.GetString("intent"));
            Assert.False(csv.Read());
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, AnalysisExports.AnalysisFile)));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("n_valid").GetInt64());
        Assert.Equal(2, root.GetProperty("by_channel").GetProperty("whatsapp").GetProperty("n").GetInt64());
        Assert.Equal(3, root.GetProperty("bad_line_details")[0].GetProperty("line").GetInt64());
        Assert.Equal("not a JSON object but an array", root.GetProperty("bad_line_details")[0].GetProperty("reason").GetString());
        Assert.Equal(0, root.GetProperty("n_warnings").GetInt64());
        foreach (var key in new[] { "by_tone", "by_language", "warnings", "ranking", "by_context", "intents" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public void The_json_of_a_result_has_exactly_the_documented_keys_with_nulls_written()
    {
        var empty = new AnalysisResult
        {
            NBadLines = 0, BadLines = [], Overall = new ConversationMetrics { N = 0 },
            Intents = new Dictionary<string, long>(), Ranking = [], ByContext = new Dictionary<string, ConversationMetrics>(),
        };

        using var json = JsonDocument.Parse(AnalysisJson.Serialize(empty));
        var keys = json.RootElement.EnumerateObject().Select(p => p.Name);

        Assert.Equal(
            ["n_valid", "n_bad_lines", "bad_lines", "resolution_rate", "avg_csat", "avg_turns", "avg_duration_sec", "composite", "intents", "ranking", "by_context"],
            keys);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("composite").ValueKind);
    }

    [Fact]
    public void Any_serializer_options_give_the_same_keys_as_the_analysis_options()
    {
        var metrics = new ConversationMetrics { N = 1, ResolutionRate = 1, AvgCsat = null, AvgTurns = 2, AvgDurationSec = null, Composite = 0.5 };
        var webStyle = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(metrics, webStyle));

        Assert.Equal(["n", "resolution_rate", "avg_csat", "avg_turns", "avg_duration_sec", "composite"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_result_read_back_from_its_json_is_the_result_that_was_written()
    {
        var written = (await new ConversationAnalyzer().AnalyzeFileAsync(RepositoryFiles.SeedSample)).Result;

        var read = JsonSerializer.Deserialize<AnalysisResult>(AnalysisJson.Serialize(written), AnalysisJson.Options)!;

        Assert.Equal(written.Overall, read.Overall);
        Assert.Equal((written.NValid, written.NBadLines), (read.NValid, read.NBadLines));
        Assert.Equal(written.BadLines, read.BadLines);
        Assert.Equal(written.Intents, read.Intents);
        Assert.Equal(written.Ranking, read.Ranking);
        Assert.Equal(written.ByContext, read.ByContext);
    }
}
