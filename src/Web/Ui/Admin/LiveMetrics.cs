using System.IO.Pipelines;
using AgentSupport.Plugins.Common;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Ui.Data;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Conversations;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>
/// Metrics of the live conversations, computed by the Workbench's analysis over the same JSONL export the
/// Workbench downloads (<see cref="ConversationExport"/>), so the dashboard and an offline analysis of
/// that file always agree. Days are hub-local (central Mexico), as everywhere in the UI.
/// </summary>
public sealed class LiveMetrics(ScopedOperations operations, TimeProvider clock)
{
    public static IReadOnlyList<int> Windows { get; } = [7, 14, 30];

    private readonly ConversationAnalyzer _analyzer = new();

    public async Task<LiveMetricsReport> LoadAsync(int days, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = MexicoTime.Today(clock);
        var first = today.AddDays(1 - days);

        var whole = await AnalyzeAsync(MexicoTime.StartOf(first), MexicoTime.StartOf(today.AddDays(1)), ct);
        var daily = new List<DailyMetrics>(days);
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            var report = await AnalyzeAsync(MexicoTime.StartOf(day), MexicoTime.StartOf(day.AddDays(1)), ct);
            daily.Add(new DailyMetrics(day, report.Result));
        }

        return new LiveMetricsReport(whole.Result, whole.Result.ByContext, whole.ByChannel, daily);
    }

    /// <summary>Streams the export of [from, until) through a pipe into the analysis: nothing is held whole in memory.</summary>
    private Task<AnalysisReport> AnalyzeAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken ct) =>
        operations.RunAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var pipe = new Pipe();
            var export = ExportAsync(pipe.Writer,
                ConversationExport.ReadAsync(db, clock, from.UtcDateTime, until.UtcDateTime.AddTicks(-1), context: null, ct), ct);
            try
            {
                await using var jsonl = pipe.Reader.AsStream();
                return await _analyzer.AnalyzeAsync(jsonl, cancellationToken: ct);
            }
            finally
            {
                // The reader is complete by now, so the export cannot wait on it; an export failure has
                // already reached the analysis through the pipe.
                await export.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        });

    private static async Task ExportAsync(PipeWriter writer, IAsyncEnumerable<SeedConversation> conversations, CancellationToken ct)
    {
        try
        {
            await using (var stream = writer.AsStream(leaveOpen: true))
                await SeedJsonlWriter.WriteAsync(stream, conversations, ct);
            await writer.CompleteAsync();
        }
        catch (Exception exception)
        {
            await writer.CompleteAsync(exception);
        }
    }
}

public sealed record LiveMetricsReport(
    AnalysisResult Overall,
    IReadOnlyDictionary<string, ConversationMetrics> ByContext,
    IReadOnlyDictionary<string, ConversationMetrics> ByChannel,
    IReadOnlyList<DailyMetrics> Daily);

public sealed record DailyMetrics(DateOnly Day, AnalysisResult Metrics);
