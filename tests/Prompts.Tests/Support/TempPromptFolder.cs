using System.Text;
using AgentSupport.Prompts.Storage;

namespace AgentSupport.Prompts.Tests.Support;

/// <summary>A throw-away prompts folder under the temp directory, deleted at the end of the test.</summary>
internal sealed class TempPromptFolder : IDisposable
{
    public TempPromptFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "agentsupport-prompts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string promptId, string fileName) => Path.Combine(Root, promptId, fileName);

    public void Write(string promptId, string fileName, string text)
    {
        Directory.CreateDirectory(Path.Combine(Root, promptId));
        File.WriteAllText(PathOf(promptId, fileName), text, new UTF8Encoding(false));
    }

    public string Read(string promptId, string fileName) => File.ReadAllText(PathOf(promptId, fileName));

    public FilePromptStore OpenStore(bool watch = false, TimeProvider? time = null) => new(new PromptStoreOptions
    {
        RootPath = Root,
        KnownTools = KnownTools.All,
        WatchForChanges = watch,
        ReloadDebounce = TimeSpan.FromMilliseconds(50),
        TimeProvider = time ?? TimeProvider.System,
    });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold a handle for a moment; the temp folder is cleaned by the OS eventually.
        }
    }
}
