using System.Text.Json.Nodes;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Conversations;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Workbench.Tests.Loop.Comparison;

public sealed class ComparisonExportTests : IDisposable
{
    private static readonly ConversationAnalyzer Analyzer = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-compare-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static ConversationInput[] Baseline() =>
        [.. Enumerable.Range(1, 6).Select(i => Conversations.Make($"s{i}", i <= 2, 2, 6, 90))];

    private static ConversationInput[] Candidate() =>
    [
        .. Enumerable.Range(1, 6).Select(i => Conversations.Make($"s{i}", true, 4.5, 4, 60) with
        {
            Transcript = [new TranscriptMessage("cliente", $"¿Y mi pago <i>{i}</i>?"), new TranscriptMessage("agente", "Se deposita el viernes & llega el lunes.")],
        }),
    ];

    private static async Task<ComparisonResult> CompareAsync(IReadOnlyList<ConversationInput> baseline, IReadOnlyList<ConversationInput> candidate) =>
        new ConversationSetComparer(Analyzer.Settings.Metrics).Compare(
            await ComparisonArm.FromConversationsAsync(Analyzer, "customer-agent v1", baseline),
            await ComparisonArm.FromConversationsAsync(Analyzer, "customer-agent v2", candidate));

    [Fact]
    public async Task Comparison_json_holds_the_verdict_the_arms_and_every_delta_with_its_interval()
    {
        var result = await CompareAsync(Baseline(), Candidate());

        await ComparisonJson.WriteAsync(_directory, result);

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, ComparisonJson.FileName)))!;
        Assert.Equal("better", json["verdict"]!.GetValue<string>());
        Assert.True(json["paired"]!.GetValue<bool>());
        Assert.Equal(2000, json["resamples"]!.GetValue<int>());
        Assert.Equal("customer-agent v1", json["baseline"]!["label"]!.GetValue<string>());
        Assert.Equal(6, json["candidate"]!["metrics"]!["n"]!.GetValue<int>());
        var deltas = json["deltas"]!.AsArray();
        Assert.Equal(["resolution_rate", "avg_csat", "avg_turns", "avg_duration_sec", "composite"], deltas.Select(d => d!["metric"]!.GetValue<string>()));
        var turns = deltas[2]!;
        Assert.False(turns["higher_is_better"]!.GetValue<bool>());
        Assert.Equal(-4.0, turns["delta"]!.GetValue<double>());
        Assert.Equal("better", turns["direction"]!.GetValue<string>());
        Assert.Equal("▲", turns["symbol"]!.GetValue<string>());
        Assert.Equal(-4.0, turns["interval"]!["low"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_report_is_self_contained_html_with_chart_tables_and_escaped_transcripts()
    {
        var (baseline, candidate) = (Baseline(), Candidate());
        var result = await CompareAsync(baseline, candidate);

        var html = ComparisonReportHtml.Render(result, SampleTranscripts.FromConversations(baseline, candidate, result.Samples));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<svg", html);
        Assert.Contains("<style>", html);
        Assert.Contains("Verdict: better", html);
        Assert.Contains("▲", html);
        Assert.Contains("¿Y mi pago &lt;i&gt;6&lt;/i&gt;?", html);
        Assert.Contains("viernes &amp; llega", html);
        Assert.DoesNotContain("<i>", html);
        foreach (var external in new[] { "<script", "<link", "src=", "url(", "@import", "https://" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Files_written_in_the_seed_dialect_compare_like_the_conversations_in_memory()
    {
        var (baseline, candidate) = (Baseline(), Candidate());
        var baselinePath = Path.Combine(_directory, "baseline_conversations.jsonl");
        var candidatePath = Path.Combine(_directory, "proposed_conversations.jsonl");
        await WriteAsync(baselinePath, baseline);
        await WriteAsync(candidatePath, candidate);
        var inMemory = await CompareAsync(baseline, candidate);

        var fromFiles = new ConversationSetComparer(Analyzer.Settings.Metrics).Compare(
            await ComparisonArm.FromFileAsync(Analyzer, "customer-agent v1", baselinePath),
            await ComparisonArm.FromFileAsync(Analyzer, "customer-agent v2", candidatePath));
        var transcripts = await SampleTranscripts.FromFilesAsync(baselinePath, candidatePath, fromFiles.Samples);

        Assert.Equal(inMemory.Deltas, fromFiles.Deltas);
        Assert.Equal(inMemory.Verdict, fromFiles.Verdict);
        Assert.Equal(inMemory.Samples, fromFiles.Samples);
        var first = fromFiles.Samples[0];
        Assert.Equal(candidate[(int)first.CandidatePosition - 1].Transcript, transcripts[0].Candidate);
        Assert.Equal(baseline[(int)first.BaselinePosition - 1].Transcript, transcripts[0].Baseline);
    }

    private static async Task WriteAsync(string path, IEnumerable<ConversationInput> conversations)
    {
        var start = new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(-6));
        await using var file = File.Create(path);
        await SeedJsonlWriter.WriteAsync(file, conversations.Select(c => new SeedConversation(
            new SeedMeta(c.ConversationId!, "AgentSupport", c.Context!, c.Channel!, c.Tone!, c.Language!, null, null, null, c.Resolved, c.Transcript.Count, c.DurationSec),
            c.Transcript.Select((m, i) => new SeedMessage(i + 1, m.Speaker, m.Text, start.AddSeconds(i))).ToArray(),
            new SeedOutcomes(c.Csat, null, false, c.Summary))));
    }
}
