using System.Text;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Cli;

namespace AgentSupport.Workbench.Tests.Analysis;

/// <summary>
/// The same conversations written with <c>\u</c> escapes and as raw UTF-8 analyse to the same results, down to the
/// last digit of every metric, intent count, ranking score, breakdown, warning and worst conversation.
/// </summary>
public sealed class EncodingEquivalenceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-encodings-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Escaped_and_raw_utf8_files_of_the_same_conversations_give_identical_analyses()
    {
        var (escaped, raw) = (Path.Combine(_directory, "escaped.jsonl"), Path.Combine(_directory, "raw.jsonl"));
        string[] samples = [RepositoryFiles.SeedSample, RepositoryFiles.RolesSample];

        var escapedWritten = await SyntheticConversationFile.WriteAsync(samples, escaped, 3L << 20);
        var rawWritten = await SyntheticConversationFile.WriteAsync(samples, raw, 3L << 20, rawUtf8: true);

        // The escaped file is pure ASCII, the raw one carries the accents as UTF-8 bytes, and it is shorter for it.
        var (escapedBytes, rawBytes) = (await File.ReadAllBytesAsync(escaped), await File.ReadAllBytesAsync(raw));
        Assert.True(Ascii.IsValid(escapedBytes));
        Assert.Contains(@"\u00e9", Encoding.ASCII.GetString(escapedBytes));
        Assert.False(Ascii.IsValid(rawBytes));
        Assert.DoesNotContain(@"\u00e9", Encoding.UTF8.GetString(rawBytes));
        Assert.True(rawWritten.Conversations > escapedWritten.Conversations, "the shorter raw lines fit more conversations in the same size");

        var analyzer = new ConversationAnalyzer();
        var escapedReport = await analyzer.AnalyzeFileAsync(escaped);
        var rawReport = await analyzer.AnalyzeFileAsync(raw);
        var comparedReport = await analyzer.AnalyzeAsync(new MemoryStream(Encoding.UTF8.GetBytes(
            string.Join('\n', File.ReadLines(raw).Take((int)escapedWritten.Conversations)) + "\n")));

        Assert.Equal(escapedWritten.Conversations, escapedReport.Result.NValid);
        Assert.Equal(Document(escapedReport), Document(comparedReport));
        Assert.Equal(Worst(escapedReport), Worst(comparedReport));
        Assert.Equal((rawWritten.Conversations, 0L), (rawReport.Result.NValid, rawReport.Result.NBadLines));
    }

    [Fact]
    public async Task Every_line_of_the_samples_reads_the_same_escaped_and_as_raw_utf8()
    {
        var sampleLines = File.ReadLines(RepositoryFiles.SeedSample).Concat(File.ReadLines(RepositoryFiles.RolesSample)).ToArray();
        var escapedLines = sampleLines.Select(SyntheticConversationFile.EscapeNonAscii).ToArray();
        var rawLines = sampleLines.Select(SyntheticConversationFile.UnescapeNonAscii).ToArray();
        var records = new List<ConversationRecord>[] { [], [] };
        var analyzer = new ConversationAnalyzer(AnalysisSettings.Default with { WorstPerIntent = 1000 });

        var escaped = await analyzer.AnalyzeAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', escapedLines))), onConversation: records[0].Add);
        var raw = await analyzer.AnalyzeAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', rawLines))), onConversation: records[1].Add);

        Assert.Equal(escapedLines.Length, records[0].Count);
        Assert.All(escapedLines, line => Assert.True(Ascii.IsValid(line)));
        Assert.DoesNotContain(rawLines, line => line.Contains(@"\u00e9", StringComparison.OrdinalIgnoreCase));
        Assert.True(rawLines.Count(line => !Ascii.IsValid(line)) > sampleLines.Length / 2, "most sample lines carry accents");
        Assert.Equal(records[0].Select(WithoutTranscript), records[1].Select(WithoutTranscript));
        Assert.Equal(Document(escaped), Document(raw));
        Assert.Equal(Worst(escaped), Worst(raw));
    }

    private static string Document(AnalysisReport report) => AnalysisJson.ToExportDocument(report).ToJsonString();

    /// <summary>The worst conversations with their transcripts, as text: records compare their transcript lists by reference.</summary>
    private static string Worst(AnalysisReport report) =>
        string.Join('\n', report.WorstConversations.SelectMany(intent => intent.Value.Select(c =>
            $"{intent.Key} {c with { Transcript = [] }} {string.Join(" | ", c.Transcript)}")));

    private static ConversationRecord WithoutTranscript(ConversationRecord record) => record with { Transcript = null };
}
