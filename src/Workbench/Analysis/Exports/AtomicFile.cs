using System.Text;

namespace AgentSupport.Workbench.Analysis.Exports;

/// <summary>
/// Writes an export file so that its name only ever holds a complete file: the content goes to a temporary file in
/// the same folder, which replaces the final name only once fully written. A failure part-way (a full disk, a cancelled
/// run) leaves the previous file, or none, under the final name, and removes the temporary one.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        var temporary = TemporaryFor(path);
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 81920, useAsync: true))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes UTF-8 text (no byte order mark) through a <see cref="TextWriter"/>.</summary>
    public static Task WriteTextAsync(string path, Action<TextWriter> write, CancellationToken cancellationToken = default) =>
        WriteAsync(path, async (stream, ct) =>
        {
            await using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
            write(writer);
            await writer.FlushAsync(ct);
        }, cancellationToken);

    public static Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken = default) =>
        WriteAsync(path, (stream, ct) => stream.WriteAsync(Utf8.GetBytes(text), ct).AsTask(), cancellationToken);

    /// <summary>A name beside <paramref name="path"/> (so the final move is a rename) that no export is ever called.</summary>
    public static string TemporaryFor(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
}
