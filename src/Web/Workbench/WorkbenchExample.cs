using AgentSupport.Agent.Model;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Workbench.Loop;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Web.Workbench;

/// <summary>
/// A demo install's first Workbench: the sample conversations as a dataset and one finished run on them, so a new admin
/// sees what a run produces before starting one (<c>Demo:WorkbenchExample</c>, on the Offline model only, and only
/// while the Workbench holds no dataset and no run). The run works on a copy of the prompts whose agent prompt has its
/// warranty tool switched off, so it shows a defect found and repaired, and its versions never become versions of the
/// app's prompts; it is marked as an example that nobody can promote. It is as large as the runs page advises.
/// </summary>
public sealed class WorkbenchExample(
    IConfiguration configuration, IHostEnvironment environment, IServiceProvider services, ILogger<WorkbenchExample> logger) : BackgroundService
{
    public const string SampleFile = "conversations_sample.jsonl";
    public const string Author = "AgentSupport example";

    public const string DefectTool = "WarrantyCoverage";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Demo:WorkbenchExample", false)) return;
        if (services.GetRequiredService<ModelClientFactory>().Provider != ModelProvider.Offline)
        {
            logger.LogInformation("No example Workbench run: it is made on the Offline model only, and a model is configured");
            return;
        }

        var workbench = services.GetRequiredService<WorkbenchService>();
        if ((await workbench.ListDatasetsAsync(stoppingToken)).Count > 0 || (await workbench.ListRunsAsync(stoppingToken)).Count > 0) return;
        if (SamplePath() is not { } sample)
        {
            logger.LogWarning("No example Workbench run: samples/{File} was not found above {Root}", SampleFile, environment.ContentRootPath);
            return;
        }

        try
        {
            await RunExampleAsync(workbench, sample, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The example is a courtesy: the app works without it.
            logger.LogError(ex, "The example Workbench run failed");
        }
    }

    private async Task RunExampleAsync(WorkbenchService workbench, string sample, CancellationToken ct)
    {
        var import = await workbench.ImportExampleAsync(sample, ct);
        if (import.Dataset is not { } dataset) return;

        var runs = services.GetRequiredService<DatabaseRunStore>();
        var prompts = CopyPrompts(services.GetRequiredService<FilePromptStore>().RootPath, services.GetRequiredService<DataFolder>().Folder("example-prompts"));
        using var store = new FilePromptStore(new PromptStoreOptions
        {
            RootPath = prompts, KnownTools = PluginCatalog.Names, WatchForChanges = false,
            TimeProvider = services.GetRequiredService<TimeProvider>(),
        });
        var loop = services.CreateWorkbenchLoop(runs, store, WorkbenchLoopOptions.From(configuration.GetSection("Workbench")));

        var agent = store.Resolve(RunParameters.DefaultPromptId);
        var defective = store.CreateVersion(RunParameters.DefaultPromptId, new PromptEdit
        {
            Author = Author,
            Description = $"Example: {DefectTool} switched off",
            Policy = agent.Policy with { EnabledTools = [.. agent.Policy.EnabledTools.Where(tool => tool != DefectTool)] },
        });

        var report = await loop.Analyzer.AnalyzeFileAsync(workbench.DatasetFile(dataset.Id, DatasetStore.ConversationsFile)!, cancellationToken: ct);
        var size = await workbench.PowerEstimateAsync(dataset.Id, ct);
        var parameters = new RunParameters
        {
            Dataset = dataset.Id, BaselineVersion = defective.Number, PerContext = size?.DefaultPerContext ?? 3, ProposalLanguage = "en", Example = true,
        };
        var run = await loop.StartAsync(report, parameters, ct);
        run = await loop.ContinueAsync(run.Id, Author, progress: null, ct);
        await loop.ExportAsync(run.Id, runs.FolderOf(run.Id), ct);
        logger.LogInformation("Example Workbench run {RunId} on {Dataset}: {Status}", run.Id, dataset.Name, run.Status);
    }

    private string? SamplePath()
    {
        if (configuration["Demo:WorkbenchSample"] is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", SampleFile);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string CopyPrompts(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }
}
