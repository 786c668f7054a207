using Microsoft.Extensions.Logging;

namespace AgentSupport.Prompts.Storage;

/// <summary>
/// Watches the prompts folder and reloads once the files have been quiet for the debounce time, so a checkout or
/// an editor's save of several files gives one reload, not one per file.
/// </summary>
internal sealed class PromptFolderWatcher : IDisposable
{
    private readonly TimeSpan _debounce;
    private readonly Action _reload;
    private readonly ILogger _logger;
    private readonly Timer _timer;
    private readonly FileSystemWatcher _watcher;
    private volatile bool _disposed;

    public PromptFolderWatcher(string root, TimeSpan debounce, Action reload, ILogger logger)
    {
        _debounce = debounce;
        _reload = reload;
        _logger = logger;
        _timer = new Timer(_ => ReloadAfterChanges(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += OnFileEvent;
        _watcher.Changed += OnFileEvent;
        _watcher.Deleted += OnFileEvent;
        _watcher.Renamed += OnFileEvent;
        _watcher.Error += (_, _) => ScheduleReload();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _disposed = true;
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        // The lock file and temporary files are the store's own bookkeeping.
        if (!Path.GetFileName(e.FullPath).StartsWith('.'))
        {
            ScheduleReload();
        }
    }

    private void ScheduleReload()
    {
        try
        {
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The watcher can still deliver an event while the store is being disposed.
        }
    }

    private void ReloadAfterChanges()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            _reload();
        }
        catch (Exception e)
        {
            // The timer thread has no caller to report to (an exception here would end the process);
            // the next file change schedules another reload.
            if (!_disposed)
            {
                PromptStoreLog.ReloadFailed(_logger, e);
            }
        }
    }
}
