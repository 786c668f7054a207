using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Storage;
using AgentSupport.Workbench.Loop.Benchmark;
using AgentSupport.Workbench.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Tests.Tasks;

/// <summary>
/// The same suite against a configured OpenAI-compatible model: here the fake server on 127.0.0.1, so prompt versions
/// can be compared on it with any model the configuration names.
/// </summary>
public sealed class TaskSuiteModelTests
{
    [Fact]
    public async Task The_suite_runs_against_a_configured_model_and_records_its_tool_calls()
    {
        await using var server = await FakeModelServer.StartAsync(new FakeModelSettings(new OfflineChatClient(), TimeSpan.Zero, 0, Seed: 1));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Model:Provider"] = nameof(ModelProvider.OpenAICompatible),
            ["Model:BaseUrl"] = server.BaseUrl.ToString(),
            ["Model:ApiKey"] = "test-key",
            ["Model:ModelId"] = "fake-model",
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCustomerAgent(configuration)
            .BuildServiceProvider();
        using var store = new FilePromptStore(new PromptStoreOptions { RootPath = RepositoryFiles.Prompts, KnownTools = PluginCatalog.Names });
        var suite = TaskSuite.Default;
        var tasks = suite.Tasks.Where(task => task.Category is "payout" or "handover").ToList();

        var report = await new TaskRunner(services.GetRequiredService<ICustomerAgent>(), services.GetRequiredService<ILoggerFactory>())
            .RunAsync(suite, store.Resolve("customer-agent"), tasks);

        Assert.Equal(tasks.Count, report.Runs.Count);
        Assert.True(server.Counts.Served >= tasks.Count, $"{server.Counts.Served} model calls served");
        Assert.Contains(report.Runs, run => run.ToolCalls.Any(call => call.Function == "get_payout_status" && call.Succeeded));
        Assert.Contains(report.Runs, run => run.Succeeded);
    }
}
