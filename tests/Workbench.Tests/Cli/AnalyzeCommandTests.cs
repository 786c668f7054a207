using System.Text.Json;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Analysis.Exports;
using CsvHelper;

namespace AgentSupport.Workbench.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-analyze-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Json_output_is_exactly_one_object_with_exactly_the_documented_keys()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", RepositoryFiles.RolesSample, "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            ["n_valid", "n_bad_lines", "bad_lines", "resolution_rate", "avg_csat", "avg_turns", "avg_duration_sec", "composite", "intents", "ranking", "by_context"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(60, json.RootElement.GetProperty("n_valid").GetInt64());
        Assert.Equal(
            ["intent", "tool", "frequency", "unresolved_rate", "csat_gap", "effort", "score"],
            json.RootElement.GetProperty("ranking")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["n", "resolution_rate", "avg_csat", "avg_turns", "avg_duration_sec", "composite"],
            json.RootElement.GetProperty("by_context").GetProperty("ask").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_readable_report_shows_metrics_intents_ranking_breakdowns_and_bad_lines()
    {
        var file = WriteFile("mixed.jsonl", string.Join('\n', [.. File.ReadLines(RepositoryFiles.RolesSample).Take(5), "{oops", "[]"]));

        var (exitCode, output, _) = await CliRunner.RunAsync("analyze", file);

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (var expected in new[] { "Valid conversations: 5", "Bad lines: 2", "resolution_rate", "composite", "Tool ranking", "By context", "By channel", "offer_24h" })
        {
            Assert.Contains(expected, output);
        }

        Assert.Matches(@"6\s*│\s*invalid JSON at byte 2", output);
        Assert.Matches(@"7\s*│\s*not a JSON object but an array", output);
        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public async Task Out_writes_the_three_exports_readable_with_csvhelper()
    {
        var outDirectory = Path.Combine(_directory, "exports");

        var (exitCode, _, _) = await CliRunner.RunAsync("analyze", RepositoryFiles.SeedSample, "--out", outDirectory, "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(
            [AnalysisExports.AnalysisFile, AnalysisExports.BaselineMetaFile, AnalysisExports.RankingFile],
            Directory.GetFiles(outDirectory).Select(Path.GetFileName).Order());

        using (var meta = CsvReader.FromFile(Path.Combine(outDirectory, AnalysisExports.BaselineMetaFile)))
        {
            Assert.Equal(ConversationMetaCsvWriter.Columns, meta.Headers);
            var rows = 0;
            while (meta.Read())
            {
                rows++;
            }

            Assert.Equal(600, rows);
        }

        using (var ranking = CsvReader.FromFile(Path.Combine(outDirectory, AnalysisExports.RankingFile)))
        {
            Assert.True(ranking.Read());
            Assert.Equal(("warranty_claim", "93", "3"), (ranking.GetString("intent"), ranking.GetString("frequency"), ranking.GetString("effort")));
        }

        using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDirectory, AnalysisExports.AnalysisFile)));
        Assert.Equal(600, analysis.RootElement.GetProperty("n_valid").GetInt64());
        Assert.True(analysis.RootElement.TryGetProperty("by_tone", out _));
    }

    [Fact]
    public async Task A_missing_file_exits_with_2_and_says_so()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", Path.Combine(_directory, "nope.jsonl"), "--json");

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Equal("", output);
        Assert.Contains("file not found", error);
    }

    [Fact]
    public async Task A_file_without_any_valid_line_exits_with_2_gives_the_reason_and_writes_no_export()
    {
        var file = WriteFile("bad.jsonl", "{oops\n[1]\n");
        var outDirectory = Path.Combine(_directory, "exports");

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", file, "--json", "--out", outDirectory);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("no valid conversation", error);
        Assert.Contains("line 1: invalid JSON", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("composite").ValueKind);
        Assert.Empty(Directory.GetFiles(outDirectory));
    }

    [Fact]
    public async Task An_out_directory_that_cannot_be_created_exits_with_2_before_analysing()
    {
        var blocker = WriteFile("not-a-directory", "x");

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", RepositoryFiles.RolesSample, "--out", Path.Combine(blocker, "exports"));

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Equal("", output);
        Assert.Contains("cannot write to", error);
    }

    [Theory]
    [InlineData("--weights", "1,2")]
    [InlineData("--weights", "a,b,c,d")]
    [InlineData("--weights", "0,0,0,0")]
    [InlineData("--weights", "-1,1,1,1")]
    [InlineData("--target-csat", "9")]
    [InlineData("--target-csat", "cuatro")]
    [InlineData("--max-turns", "0")]
    [InlineData("--latency-target", "-5")]
    [InlineData("--intent-mode", "regex")]
    public async Task A_bad_option_value_exits_with_2_and_names_the_option(string option, string value)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", RepositoryFiles.RolesSample, option, value);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Equal("", output);
        Assert.Contains(option, error);
    }

    [Fact]
    public async Task Options_change_the_metrics_and_the_intent_table()
    {
        var config = WriteFile("intents.json", """{"intents": [{"name": "hello", "tool": "Greeter", "effort": 1, "patterns": {"words": "\\bhola\\b", "seed": "hola"}}]}""");

        var (exitCode, output, _) = await CliRunner.RunAsync(
            "analyze", RepositoryFiles.RolesSample, "--json", "--intents", config, "--intent-mode", "seed", "--weights", "0,1,0,0", "--target-csat", "5");

        Assert.Equal(ExitCodes.Success, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["hello"], json.RootElement.GetProperty("intents").EnumerateObject().Select(p => p.Name));
        Assert.Equal(json.RootElement.GetProperty("resolution_rate").GetDouble(), json.RootElement.GetProperty("composite").GetDouble(), 12);
    }

    [Fact]
    public async Task A_faulty_intent_configuration_exits_with_2_and_names_the_entry()
    {
        var config = WriteFile("intents.json", """{"intents": [{"name": "hello", "tool": "Greeter", "effort": 1, "patterns": {"words": "(unclosed"}}]}""");

        var (exitCode, _, error) = await CliRunner.RunAsync("analyze", RepositoryFiles.RolesSample, "--intents", config);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("'hello'", error);
    }

    [Fact]
    public async Task A_missing_command_or_argument_exits_with_2()
    {
        Assert.Equal(ExitCodes.InputError, (await CliRunner.RunAsync()).ExitCode);
        Assert.Equal(ExitCodes.InputError, (await CliRunner.RunAsync("analyze")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("analyze", "--help")).ExitCode);
    }
}
