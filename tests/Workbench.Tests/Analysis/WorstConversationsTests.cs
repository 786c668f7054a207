using System.Globalization;
using AgentSupport.Workbench.Analysis;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class WorstConversationsTests
{
    [Fact]
    public async Task Worst_conversations_per_intent_put_unresolved_first_then_lowest_csat_with_their_transcript()
    {
        var lines = new[]
        {
            Line(Dialect.Seed, "resolved-low", resolved: "true", csat: "1", transcript: [CustomerSays("mi garantía"), AgentSays("ok")]),
            Line(Dialect.Seed, "unresolved-4", resolved: "false", csat: "4", transcript: [CustomerSays("mi garantía")]),
            Line(Dialect.Roles, "unresolved-2", resolved: "false", csat: "2", transcript: [CustomerSays("la garantía no sirve"), AgentSays("lo siento")]),
            Line(Dialect.Seed, "unresolved-none", resolved: "false", csat: null, transcript: [CustomerSays("garantía")]),
            Line(Dialect.Seed, "unresolved-2-later", resolved: "false", csat: "2", transcript: [CustomerSays("garantía")]),
            Line(Dialect.Seed, "other-intent", resolved: "false", csat: "1", transcript: [CustomerSays("mi pago")]),
        };
        var settings = new AnalysisSettings { WorstPerIntent = 4 };

        var report = await AnalyzeAsync(string.Join('\n', lines), settings);

        var warranty = report.WorstConversations["warranty_claim"];
        Assert.Equal(["unresolved-2", "unresolved-2-later", "unresolved-4", "unresolved-none"], warranty.Select(w => w.ConversationId));
        var first = warranty[0];
        Assert.Equal((3L, false, 2.0, "buying"), (first.Line, first.Resolved, first.Csat!.Value, first.Context));
        Assert.Equal([("user", "la garantía no sirve"), ("assistant", "lo siento")], first.Transcript.Select(m => (m.Speaker, m.Text)));
        Assert.Equal("summary of unresolved-2", first.Summary);
        Assert.Equal(["other-intent"], report.WorstConversations["payment_status"].Select(w => w.ConversationId));
        Assert.Equal(["payment_status", "warranty_claim"], report.WorstConversations.Keys);
    }

    [Fact]
    public async Task Worst_conversations_are_kept_bounded_on_a_large_input()
    {
        var lines = Enumerable.Range(0, 5000).Select(i =>
            Line(Dialect.Seed, $"c{i}", resolved: i % 3 == 0 ? "true" : "false", csat: (1 + i % 40 / 10.0).ToString("0.0", CultureInfo.InvariantCulture), transcript: [CustomerSays("mi garantía")]));

        var report = await AnalyzeAsync(string.Join('\n', lines), new AnalysisSettings { WorstPerIntent = 3 });

        var worst = report.WorstConversations["warranty_claim"];
        Assert.Equal(3, worst.Count);
        Assert.All(worst, w => Assert.Equal((false, 1.0), (w.Resolved, w.Csat!.Value)));
        Assert.Equal(["c40", "c80", "c160"], worst.Select(w => w.ConversationId));
    }

    [Fact]
    public async Task No_worst_conversations_are_kept_when_none_are_asked_for()
    {
        var report = await AnalyzeAsync(Line(Dialect.Seed, "a", resolved: "false", transcript: [CustomerSays("mi garantía")]), new AnalysisSettings { WorstPerIntent = 0 });

        Assert.Empty(report.WorstConversations);
    }
}
