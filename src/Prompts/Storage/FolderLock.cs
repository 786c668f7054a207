namespace AgentSupport.Prompts.Storage;

/// <summary>
/// Exclusive lock on one prompt folder shared by every process using the folder (the web host and the
/// Workbench CLI may both move labels). .NET maps FileShare.None to an OS file lock, so a second opener,
/// in this process or another, fails until the first one disposes.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    private const string FileName = ".lock";

    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    public static FolderLock Acquire(string folder, TimeSpan timeout, TimeProvider time)
    {
        var path = Path.Combine(folder, FileName);
        var started = time.GetTimestamp();
        while (true)
        {
            try
            {
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (time.GetElapsedTime(started) < timeout)
            {
                Thread.Sleep(Random.Shared.Next(5, 25));
            }
            catch (IOException e)
            {
                throw new PromptStoreException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for the lock on '{folder}'.", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
