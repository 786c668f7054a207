using AgentSupport.Agent;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Storage;
using AgentSupport.Workbench.Loop;
using AgentSupport.Workbench.Loop.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// What the loop commands run on: the model configured as the web app configures it (appsettings.json in the current
/// folder, then environment variables such as <c>OpenAI__ApiKey</c>; Offline when no key is set), the prompt store,
/// the run folders and the default sandbox fixture. Warnings and errors are logged to stderr. The <c>Workbench</c>
/// section sets the loop's timeouts (<c>Workbench__ProposerTimeout</c>, <c>Workbench__CallTimeout</c>).
/// </summary>
internal sealed class LoopHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LoopHost(ServiceProvider services, FilePromptStore prompts, FileRunStore runs, WorkbenchLoop loop)
    {
        _services = services;
        Prompts = prompts;
        Runs = runs;
        Loop = loop;
    }

    public FilePromptStore Prompts { get; }

    public FileRunStore Runs { get; }

    public WorkbenchLoop Loop { get; }

    /// <param name="promptsPath">The prompts folder; null finds <c>prompts/</c> here or beside AgentSupport.sln above.</param>
    /// <param name="runsPath">The folder that holds one sub-folder per run.</param>
    public static LoopHost Create(string? promptsPath, string runsPath, WorkbenchLoopOptions? options = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var prompts = new FilePromptStore(new PromptStoreOptions { RootPath = FindPrompts(promptsPath), KnownTools = PluginCatalog.Names });
        var runs = new FileRunStore(runsPath);
        var services = new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddCustomerAgent(configuration)
            .AddSingleton(prompts)
            .AddSingleton<IRunStore>(runs)
            .AddWorkbenchLoop(options ?? WorkbenchLoopOptions.From(configuration.GetSection("Workbench")))
            .BuildServiceProvider();
        var loop = services.GetRequiredService<WorkbenchLoop>();
        return new LoopHost(services, prompts, runs, loop);
    }

    public async ValueTask DisposeAsync()
    {
        Prompts.Dispose();
        await _services.DisposeAsync();
    }

    internal static string FindPrompts(string? given)
    {
        if (given is not null)
        {
            return Directory.Exists(given) ? given : throw new DirectoryNotFoundException($"The prompts folder {given} does not exist.");
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "prompts");
            if (Directory.Exists(candidate) && (directory.FullName == Directory.GetCurrentDirectory() || File.Exists(Path.Combine(directory.FullName, "AgentSupport.sln"))))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No prompts folder here or beside AgentSupport.sln above; pass --prompts <dir>.");
    }
}
