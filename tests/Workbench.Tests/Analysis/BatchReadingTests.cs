using System.Text;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Analysis.Reading;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

/// <summary>
/// Batches are read straight from the source into their buffers, so where a read happens to stop must not matter:
/// lines cut by a read, a BOM cut in two, lines longer than a batch and a last line without '\n' read the same as
/// from one whole buffer. Labels are resolved once per distinct text, yet every line still gets its own warning.
/// </summary>
public sealed class BatchReadingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4093)]
    [InlineData(JsonlBatchReader.TargetBatchBytes - 1)]
    public async Task Reads_cut_anywhere_give_the_same_analysis_as_one_whole_buffer(int largestRead)
    {
        var longText = string.Concat(Enumerable.Repeat("mi garantía no cubre la falla eléctrica; ", 40_000));
        var lines = Enumerable.Range(0, 6_000).Select(i => i switch
        {
            1_000 => Line(Dialect.Roles, "long", transcript: [CustomerSays(longText)]),
            2_000 => "{broken",
            _ => Line(i % 2 == 0 ? Dialect.Seed : Dialect.Roles, $"c{i}", channel: i % 3 == 0 ? "correo" : "whatsapp", transcript: [CustomerSays(i % 5 == 0 ? "quiero mi pago" : "hola")]),
        });
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", lines))).ToArray();
        Assert.True(bytes.Length > 3 * JsonlBatchReader.TargetBatchBytes && longText.Length > JsonlBatchReader.TargetBatchBytes);

        var whole = await new ConversationAnalyzer().AnalyzeAsync(new MemoryStream(bytes));
        var cut = await new ConversationAnalyzer().AnalyzeAsync(new TrickleStream(bytes, largestRead, seed: largestRead));

        Assert.Equal(5_999, whole.Result.NValid);
        Assert.Equal([2_001L], whole.Result.BadLines);
        Assert.Equal(1_198, whole.Result.Intents["payment_status"]);
        Assert.Equal(Document(whole), Document(cut));
        Assert.Equal(bytes.Length, cut.BytesRead);
    }

    [Fact]
    public async Task Every_line_with_an_unknown_label_warns_even_though_the_label_is_resolved_once()
    {
        var lines = Enumerable.Range(1, 5).Select(i => Line(Dialect.Seed, $"c{i}", channel: i == 3 ? "WhatsApp " : "fax", transcript: [CustomerSays("hola")]));

        var report = await AnalyzeLinesAsync([.. lines]);

        Assert.Equal([1L, 2, 4, 5], report.Warnings.Select(w => w.Line));
        Assert.All(report.Warnings, w => Assert.Equal(("meta.channel", "'fax' is not a known channel; use one of: webchat, whatsapp, email, telefono"), (w.Field, w.Reason)));
        Assert.Equal(["(none)", "whatsapp"], report.ByChannel.Keys);
        Assert.Equal(4, report.ByChannel["(none)"].N);
    }

    [Fact]
    public async Task A_label_reads_the_same_escaped_raw_or_recased_also_after_many_other_spellings()
    {
        string[] known = ["teléfono", "TELÉFONO", "Telefono", "whatsapp", "WhatsApp "];
        var lines = Enumerable.Range(0, 200).Select(i =>
        {
            // Twenty unknown spellings early on fill the pool of raw spellings; the known ones keep coming after.
            var channel = i < 40 && i % 2 == 0 ? $"fax{i / 2}" : known[i % known.Length];
            var line = Line(Dialect.Seed, $"c{i}", channel: channel, transcript: [CustomerSays("hola")]);
            // Quote escapes non-ASCII; every other known spelling is written raw instead.
            return i % 4 < 2 ? line : line.Replace(Quote(channel), $"\"{channel}\"", StringComparison.Ordinal);
        }).ToArray();
        Assert.Contains(lines, l => l.Contains("\"teléfono\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"tel\\u00E9fono\"", StringComparison.Ordinal));

        var report = await AnalyzeLinesAsync(lines);

        var unknown = lines.Count(l => l.Contains("\"fax", StringComparison.Ordinal));
        Assert.Equal(20, unknown);
        Assert.Equal(["(none)", "telefono", "whatsapp"], report.ByChannel.Keys);
        Assert.Equal(unknown, report.ByChannel["(none)"].N);
        Assert.Equal(lines.Length - unknown, report.ByChannel["telefono"].N + report.ByChannel["whatsapp"].N);
        Assert.Equal(Enumerable.Range(0, 200).Count(i => !(i < 40 && i % 2 == 0) && i % known.Length < 3), report.ByChannel["telefono"].N);
        Assert.Equal(unknown, report.WarningCount);
        Assert.All(report.Warnings, w => Assert.Equal("meta.channel", w.Field));
        Assert.Equal("'fax19' is not a known channel; use one of: webchat, whatsapp, email, telefono", report.Warnings[^1].Reason);
    }

    private static string Document(AnalysisReport report) => AnalysisJson.ToExportDocument(report).ToJsonString();

    /// <summary>A source whose reads return between 1 and <c>largestRead</c> bytes, as a pipe or a socket may.</summary>
    private sealed class TrickleStream(byte[] content, int largestRead, int seed) : Stream
    {
        private readonly Random _sizes = new(seed);
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var size = Math.Min(Math.Min(buffer.Length, _sizes.Next(1, largestRead + 1)), content.Length - _position);
            content.AsSpan(_position, size).CopyTo(buffer);
            _position += size;
            return size;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
