using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts;

namespace AgentSupport.Workbench.Tests.Loop;

/// <summary>A private copy of the repository's prompts folder and a store over it, deleted afterwards.</summary>
internal sealed class TempPrompts : IDisposable
{
    public TempPrompts()
    {
        Root = Directory.CreateTempSubdirectory("agentsupport-prompts-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Prompts, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(RepositoryFiles.Prompts, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

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
