using System.Text;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Reading;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class PipelineTests
{
    private static byte[] ManyLines(int count) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, count).Select(i => Line(Dialect.Seed, $"c{i}", transcript: [CustomerSays("mi pago")]) + "\n")));

    [Fact]
    public async Task Progress_reaches_the_length_of_the_stream()
    {
        var bytes = ManyLines(15_000);
        var reports = new List<AnalysisProgress>();

        var report = await new ConversationAnalyzer().AnalyzeAsync(new MemoryStream(bytes), new SynchronousProgress(reports.Add));

        Assert.True(reports.Count > 1);
        Assert.All(reports, p => Assert.Equal(bytes.Length, p.TotalBytes));
        Assert.Equal(bytes.Length, reports[^1].BytesRead);
        Assert.Equal(reports.Select(p => p.BytesRead).Order(), reports.Select(p => p.BytesRead));
        Assert.Equal(bytes.Length, report.BytesRead);
    }

    [Fact]
    public async Task A_cancelled_analysis_stops_with_an_operation_cancelled_exception()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(_ => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ConversationAnalyzer().AnalyzeAsync(new MemoryStream(ManyLines(15_000)), progress, cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task A_read_error_surfaces_instead_of_hanging_or_returning_partial_results()
    {
        var source = new FailingStream(ManyLines(20_000), failAfter: 3 * JsonlBatchReader.TargetBatchBytes);

        var error = await Assert.ThrowsAsync<IOException>(() => new ConversationAnalyzer().AnalyzeAsync(source));

        Assert.Equal("disk gone", error.Message);
    }

    [Fact]
    public async Task A_failing_conversation_callback_surfaces_its_exception()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ConversationAnalyzer().AnalyzeAsync(new MemoryStream(ManyLines(15_000)), onConversation: _ => throw new InvalidOperationException("sink full")));

        Assert.Equal("sink full", error.Message);
    }

    [Fact]
    public async Task A_stream_without_a_length_reports_progress_without_a_total()
    {
        var reports = new List<AnalysisProgress>();

        await new ConversationAnalyzer().AnalyzeAsync(new FailingStream(ManyLines(100), failAfter: long.MaxValue), new SynchronousProgress(reports.Add));

        Assert.All(reports, p => Assert.Null(p.TotalBytes));
    }

    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }

    /// <summary>A non-seekable stream that throws after a number of bytes, like a network upload that breaks.</summary>
    private sealed class FailingStream(byte[] content, long failAfter) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _inner.Position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_inner.Position >= failAfter)
            {
                throw new IOException("disk gone");
            }

            return _inner.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
