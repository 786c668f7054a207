using System.Text;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Reading;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class BadInputTests
{
    private static readonly string Good = Line(Dialect.Seed, "good", transcript: [CustomerSays("hola")]);
    private static readonly string GoodRoles = Line(Dialect.Roles, "roles", transcript: [CustomerSays("hola")]);

    [Fact]
    public async Task Every_kind_of_bad_line_is_reported_with_its_line_number_and_the_good_lines_are_kept()
    {
        var file = new MemoryStream();
        void Write(string text) => file.Write(Encoding.UTF8.GetBytes(text));
        file.Write([0xEF, 0xBB, 0xBF]);
        Write(Good + "\n");                                                               // 1 valid, after the BOM
        Write("""{"meta": {"conversation_id": "n"}, "transcript": [], "outcomes": {"csat_estimated_1_5": NaN}}""" + "\n"); // 2
        Write("{\"meta\": {\"conversation_id\": \"");                                       // 3 invalid UTF-8 (a cut 2-byte sequence)
        file.Write([0xC3, 0x28]);
        Write("\"}, \"transcript\": []}\n");
        Write("[1, 2, 3]\n");                                                             // 4 array
        Write("""{"transcript": [], "outcomes": {}}""" + "\n");                           // 5 neither meta nor id
        Write("""{"conversation_id": "c6", "meta": {}}""" + "\n");                        // 6 no transcript
        Write("\n");                                                                      // 7 blank
        Write("  \t \n");                                                                 // 8 whitespace only
        Write(GoodRoles + "\r\n");                                                        // 9 valid, CRLF
        Write("""{"conversation_id": null, "transcript": []}""" + "\n");                  // 10 null id, no meta
        Write("{\"meta\": {\n");                                                          // 11 cut short (the \n ends it)
        Write("""{"meta": {"conversation_id": "t"}, "transcript": {}}""" + "\n");         // 12 transcript not an array
        Write("""{"meta": {"a": Infinity}, "transcript": []}""" + "\r\n");                // 13 Infinity, CRLF
        Write("\uFEFF" + Good + "\n");                                                    // 14 a BOM that is not at the start
        Write(Good);                                                                      // 15 valid, no final newline

        var report = await new ConversationAnalyzer().AnalyzeAsync(new MemoryStream(file.ToArray()));

        Assert.Equal(3, report.Result.NValid);
        Assert.Equal(10, report.Result.NBadLines);
        Assert.Equal([2L, 3, 4, 5, 6, 10, 11, 12, 13, 14], report.Result.BadLines);
        var reasons = report.BadLines.ToDictionary(b => b.Line, b => b.Reason);
        Assert.StartsWith("invalid JSON at byte 89: unexpected character 'N'", reasons[2]);
        Assert.Equal("invalid UTF-8 at byte 31", reasons[3]);
        Assert.Equal("not a JSON object but an array", reasons[4]);
        Assert.Equal("neither a 'meta' object nor a top-level 'conversation_id'", reasons[5]);
        Assert.Equal("no 'transcript' array", reasons[6]);
        Assert.Equal("neither a 'meta' object nor a top-level 'conversation_id'", reasons[10]);
        Assert.StartsWith("invalid JSON at byte 11:", reasons[11]);
        Assert.Equal("'transcript' is an object, not an array", reasons[12]);
        Assert.StartsWith("invalid JSON at byte 16: unexpected character 'I'", reasons[13]);
        Assert.StartsWith("invalid JSON at byte 1: unexpected character byte 0xEF", reasons[14]);
    }

    [Theory]
    [InlineData("""{"meta": {"a": 1,}, "transcript": []}""", "invalid JSON")]
    [InlineData("""{"meta": {}, "transcript": []} {}""", "unexpected data after the JSON value")]
    [InlineData("""{"meta": {}, "transcript": [1 2]}""", "',' or ']' was expected")]
    [InlineData("""{"meta": {}, "transcript": ["a""", "unterminated string")]
    [InlineData("{\"meta\": {\"a\": \"tab\there\"}, \"transcript\": []}", "control character")]
    [InlineData("""{"meta": {"a": "\x"}, "transcript": []}""", "invalid escape")]
    [InlineData("""{"meta": {"a": "\u12"}, "transcript": []}""", "invalid \\u escape")]
    [InlineData("""{"meta": {"a": 01}, "transcript": []}""", "invalid JSON")]
    [InlineData("""{"meta": {"a": -}, "transcript": []}""", "invalid number")]
    [InlineData("""{"meta": {"a": 1.}, "transcript": []}""", "invalid number")]
    [InlineData("""{"meta": {"a": 1e}, "transcript": []}""", "invalid number")]
    [InlineData("""{"meta": {"a": tru}, "transcript": []}""", "unexpected character 't'")]
    [InlineData("""{"meta": {'a': 1}, "transcript": []}""", "a property name in double quotes was expected")]
    [InlineData("""{"meta": {"a" 1}, "transcript": []}""", "':' was expected")]
    [InlineData("""{"meta": {}, "transcript": []} // note""", "unexpected data after the JSON value")]
    [InlineData("\"just a string\"", "not a JSON object but string")]
    [InlineData("42", "not a JSON object but 42")]
    [InlineData("null", "not a JSON object but null")]
    public async Task Malformed_json_is_a_bad_line_with_a_reason(string line, string reason)
    {
        var report = await AnalyzeLinesAsync(Good, line, Good);

        Assert.Equal(2, report.Result.NValid);
        Assert.Contains(reason, Assert.Single(report.BadLines, b => b.Line == 2).Reason);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_a_bad_line_and_legal_depth_is_fine()
    {
        var deep = $$"""{"meta": {"x": {{new string('[', 300)}}{{new string(']', 300)}}}, "transcript": []}""";
        var fine = $$"""{"meta": {"x": {{new string('[', 200)}}{{new string(']', 200)}}}, "transcript": []}""";

        var report = await AnalyzeLinesAsync(deep, fine);

        Assert.Equal(1, report.Result.NValid);
        Assert.Contains("nested deeper than", Assert.Single(report.BadLines).Reason);
    }

    [Fact]
    public async Task A_line_of_several_megabytes_is_read_whole()
    {
        var longText = string.Concat(Enumerable.Repeat("quiero saber de mi garantía, por favor. ", 150_000));
        var huge = Line(Dialect.Seed, "huge", transcript: [CustomerSays(longText), AgentSays("ok")]);
        Assert.True(huge.Length > 5_000_000);

        var report = await AnalyzeLinesAsync(Good, huge, Good);

        Assert.Equal(3, report.Result.NValid);
        Assert.Equal(1, report.Result.Intents["warranty_claim"]);
    }

    [Fact]
    public async Task Line_numbers_stay_exact_across_many_batches()
    {
        var lines = Enumerable.Range(1, 20_000).Select(i => i == 17_321 ? "{oops" : i % 1000 == 0 ? "" : Line(Dialect.Seed, $"c{i}", transcript: [CustomerSays("hola")])).ToArray();
        Assert.True(lines.Sum(l => l.Length) > 3 * JsonlBatchReader.TargetBatchBytes);

        var report = await AnalyzeLinesAsync(lines);

        Assert.Equal([17_321L], report.Result.BadLines);
        Assert.Equal(20_000 - 20 - 1, report.Result.NValid);
    }

    [Fact]
    public async Task Bad_lines_are_counted_in_full_but_listed_up_to_the_limits()
    {
        var report = await AnalyzeLinesAsync([.. Enumerable.Repeat("{", 1200), Good]);

        Assert.Equal(1200, report.Result.NBadLines);
        Assert.Equal(AnalysisResult.ListedBadLines, report.Result.BadLines.Count);
        Assert.Equal(AnalysisReport.ListedIssues, report.BadLines.Count);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), report.Result.BadLines);
    }

    [Fact]
    public async Task A_meta_that_is_not_an_object_is_ignored_with_a_warning_when_an_id_keeps_the_line_valid()
    {
        var report = await AnalyzeLinesAsync("""{"conversation_id": "c", "meta": "oops", "outcomes": 3, "transcript": []}""");

        Assert.Equal(1, report.Result.NValid);
        Assert.Equal([("meta", "string \"oops\" is not an object; its fields are ignored"), ("outcomes", "3 is not an object; its fields are ignored")],
            report.Warnings.Select(w => (w.Field, w.Reason)));
    }

    [Fact]
    public async Task An_empty_stream_has_no_conversation_and_no_bad_line()
    {
        var report = await AnalyzeAsync("");

        Assert.Equal((0L, 0L), (report.Result.NValid, report.Result.NBadLines));
    }
}
