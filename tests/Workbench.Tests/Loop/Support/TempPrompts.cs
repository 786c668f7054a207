using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Storage;

namespace AgentSupport.Workbench.Tests.Loop.Support;

/// <summary>A private copy of the repository's prompts folder and a store over it, deleted afterwards.</summary>
internal sealed class TempPrompts : IDisposable
{
    public TempPrompts()
    {
        Root = RepositoryFiles.CopyPrompts(Path.Combine(Path.GetTempPath(), "agentsupport-prompts-" + Guid.NewGuid().ToString("N")));

        Store = new FilePromptStore(new PromptStoreOptions { RootPath = Root, KnownTools = PluginCatalog.Names });
    }

    public string Root { get; }

    public FilePromptStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
