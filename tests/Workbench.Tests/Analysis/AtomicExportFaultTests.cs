using System.Text;
using AgentSupport.Workbench.Analysis.Exports;

namespace AgentSupport.Workbench.Tests.Analysis;

/// <summary>A disk that fills up while an export is written leaves no partial file under the export's name.</summary>
public sealed class AtomicExportFaultTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-atomic-").FullName;

    private string Export => Path.Combine(_directory, AnalysisExports.AnalysisFile);

    [Fact]
    public async Task DiskFullMidWrite_NoFileUnderTheFinalName_AndNoTemporaryLeft()
    {
        var failure = await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(Export, WritesThenRunsOutOfSpace));

        Assert.Equal("No space left on device", failure.Message);
        Assert.False(File.Exists(Export));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Fact]
    public async Task DiskFullMidWrite_OverAnEarlierExport_KeepsTheEarlierOneWhole()
    {
        await AtomicFile.WriteAllTextAsync(Export, "{\"complete\":true}\n");

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(Export, WritesThenRunsOutOfSpace));

        Assert.Equal("{\"complete\":true}\n", await File.ReadAllTextAsync(Export));
        Assert.Equal([Export], Directory.EnumerateFileSystemEntries(_directory));
    }

    [Fact]
    public async Task CompleteWrite_ReplacesTheFile_WithNothingLeftBeside()
    {
        await AtomicFile.WriteAllTextAsync(Export, "old");

        await AtomicFile.WriteTextAsync(Export, writer => writer.Write("nuevo, ñ"));

        Assert.Equal("nuevo, ñ", await File.ReadAllTextAsync(Export, Encoding.UTF8));
        Assert.Equal([Export], Directory.EnumerateFileSystemEntries(_directory));
    }

    /// <summary>Half a document reaches the disk, then the file system refuses the rest, as a full disk does.</summary>
    private static async Task WritesThenRunsOutOfSpace(Stream stream, CancellationToken ct)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes("{\"conversations\":[" + new string(' ', 100_000)), ct);
        await stream.FlushAsync(ct);
        throw new IOException("No space left on device");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
