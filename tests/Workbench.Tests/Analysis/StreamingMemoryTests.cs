using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Cli;

namespace AgentSupport.Workbench.Tests.Analysis;

[CollectionDefinition(nameof(StreamingMemoryTests), DisableParallelization = true)]
public sealed class StreamingMemoryCollection;

/// <summary>Runs alone: it measures the process's managed heap, which parallel tests would disturb.</summary>
[Collection(nameof(StreamingMemoryTests))]
public sealed class StreamingMemoryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-stream-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Memory_stays_flat_when_the_file_grows_eightfold()
    {
        var small = await AnalyzeMeasuringAsync(20L << 20);
        var large = await AnalyzeMeasuringAsync(160L << 20);

        Assert.True(large.PeakLive < small.PeakLive + (8L << 20), $"peak live heap: {small.PeakLive >> 20} MB for 20 MB, {large.PeakLive >> 20} MB for 160 MB");
        Assert.True(large.PeakLive - large.Before < large.Bytes / 5, $"the live heap grew by {(large.PeakLive - large.Before) >> 20} MB for a {large.Bytes >> 20} MB file");
        Assert.True(large.Retained < 4L << 20, $"{large.Retained >> 20} MB stayed live after the analysis");
    }

    private async Task<(long Bytes, long Before, long PeakLive, long Retained)> AnalyzeMeasuringAsync(long size)
    {
        var path = Path.Combine(_directory, $"{size >> 20}.jsonl");
        var (bytes, conversations) = await SyntheticConversationFile.WriteAsync([RepositoryFiles.SeedSample, RepositoryFiles.RolesSample], path, size);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = before, reports = 0;
        var progress = new SamplingProgress(() =>
        {
            // A full collection every few batches measures what is really held, not garbage awaiting collection.
            if (reports++ % 4 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        });

        var report = await new ConversationAnalyzer().AnalyzeFileAsync(path, progress);

        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Equal(conversations, report.Result.NValid);
        Assert.Equal(bytes, report.BytesRead);
        GC.KeepAlive(report);
        File.Delete(path);
        return (bytes, before, peak, retained);
    }

    private sealed class SamplingProgress(Action sample) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => sample();
    }
}
