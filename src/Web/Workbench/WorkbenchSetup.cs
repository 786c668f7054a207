using AgentSupport.Web.Infrastructure;
using AgentSupport.Workbench.Discovery;
using AgentSupport.Workbench.Loop;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Web.Workbench;

public static class WorkbenchSetup
{
    /// <summary>
    /// The Workbench over the data folder: datasets under <c>datasets/</c>, runs (with their exports) under <c>runs/</c>,
    /// each run also in the database, the loop on the app's model and prompt store, and the background runner.
    /// </summary>
    public static IHostApplicationBuilder AddWorkbench(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new FileRunStore(sp.GetRequiredService<DataFolder>().Folder("runs")));
        builder.Services.AddSingleton<DatabaseRunStore>();
        builder.Services.AddSingleton<IRunStore>(sp => sp.GetRequiredService<DatabaseRunStore>());
        builder.Services.AddWorkbenchLoop(WorkbenchLoopOptions.From(builder.Configuration.GetSection("Workbench")));
        builder.Services.AddSingleton<DatasetStore>();
        builder.Services.AddSingleton<WorkbenchRunner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkbenchRunner>());
        builder.Services.AddHostedService<WorkbenchExample>();
        builder.Services.AddSingleton<WorkbenchService>();
        // The app's own intents table: the built-in one until an admin accepts a discovered intent.
        builder.Services.AddSingleton(sp => new IntentConfigStore(sp.GetRequiredService<DataFolder>().File("intents.json"), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<DiscoveryService>();
        return builder;
    }
}
