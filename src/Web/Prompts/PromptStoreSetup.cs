using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;

namespace AgentSupport.Web.Prompts;

public static class PromptStoreSetup
{
    /// <summary>
    /// The prompt store over the <c>prompts/</c> folder (setting <c>Prompts:Root</c>, else the nearest
    /// <c>prompts</c> folder above the content root, which is the repository's when run from source),
    /// watched so that a file a prompt engineer adds is served without a restart.
    /// </summary>
    public static IHostApplicationBuilder AddPromptStore(this IHostApplicationBuilder builder)
    {
        var root = builder.Configuration["Prompts:Root"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : FindPromptsFolder(builder.Environment.ContentRootPath);

        builder.Services.AddSingleton(sp => new FilePromptStore(
            new PromptStoreOptions
            {
                RootPath = root,
                KnownTools = PluginCatalog.Names,
                WatchForChanges = builder.Configuration.GetValue("Prompts:Watch", true),
                TimeProvider = new MexicoCityClock(sp.GetRequiredService<TimeProvider>()),
            },
            sp.GetRequiredService<ILogger<FilePromptStore>>()));
        builder.Services.AddSingleton<IPromptCatalog>(sp => sp.GetRequiredService<FilePromptStore>());
        builder.Services.AddSingleton<PromptAuditRecorder>();
        builder.Services.AddSingleton<PromptDesk>();
        return builder;
    }

    /// <summary>Audits every later change of the store, after filling any gap a crash left.</summary>
    public static async Task StartPromptAuditAsync(this WebApplication app)
    {
        var recorder = app.Services.GetRequiredService<PromptAuditRecorder>();
        await recorder.ReconcileAsync();
        recorder.Start();
    }

    private static string FindPromptsFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "prompts");
            if (Directory.Exists(Path.Combine(candidate, ChatPrompt.AgentPromptId))) return candidate;
        }
        throw new InvalidOperationException($"No prompts folder with '{ChatPrompt.AgentPromptId}' above '{start}'; set Prompts:Root.");
    }
}
