using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts;
using AgentSupport.Workbench.Loop.Judging;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Loop.Runs;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>
/// Measures the regeneration step against a slow, unreliable model: starts a <see cref="FakeModelServer"/>, points the
/// real model stack at it as an OpenAI-compatible provider (HTTP client, retry handler, Semantic Kernel agent with its
/// plugins on a sandbox, simulator and judge), regenerates a scenario set with both arms through
/// <see cref="PairedRegenerator"/> and reports wall time against the ideal, and whether any conversation was lost. A first, untimed scenario pair
/// warms the stack up.
/// </summary>
public static class LoopBenchmark
{
    private const string AgentPromptId = "customer-agent";

    /// <param name="prompts">The prompt store; the production versions of the agent, simulator and judge prompts are used (the agent's for both arms).</param>
    public static async Task<LoopBenchmarkResult> RunAsync(
        LoopBenchmarkOptions options,
        IPromptCatalog prompts,
        IProgress<RegenerationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(prompts);
        options.Validate();
        var agentPrompt = prompts.Resolve(AgentPromptId);
        var regenerationPrompts = new RegenerationPrompts(
            agentPrompt,
            agentPrompt,
            prompts.Resolve(WorkbenchLoop.SimulatorPromptId),
            prompts.Resolve(WorkbenchLoop.JudgePromptId));
        var scenarios = Scenarios(options);

        await using var server = await FakeModelServer.StartAsync(
            new FakeModelSettings(new OfflineChatClient(), options.Latency, options.FaultRate, options.Seed), cancellationToken);
        var meter = new ModelCallMeter();
        await using var services = ModelServices(options, server.BaseUrl, meter);
        var fixture = SandboxScenario.Default;
        var loggerFactory = services.GetRequiredService<ILoggerFactory>();
        var model = services.GetRequiredService<IChatClient>();
        var simulation = new SimulationOptions();
        var regenerator = new PairedRegenerator(
            new ConversationSimulator(services.GetRequiredService<ICustomerAgent>(), model, fixture, loggerFactory, simulation),
            new ConversationJudge(model, simulation),
            new RegenerationOptions { Parallelism = options.Parallelism, RetryBaseDelay = options.RetryBaseDelay });

        // One untimed pair first, so JIT compilation and the first connections are not measured.
        await regenerator.RunAsync(scenarios.Take(1).ToArray(), regenerationPrompts, new HashSet<(string, Arm)>(), (_, _) => ValueTask.CompletedTask, null, cancellationToken);
        var (serverBefore, clientBefore) = (server.Counts, meter.Counts);

        var finished = new ConcurrentBag<ConversationResult>();
        var clock = Stopwatch.StartNew();
        await regenerator.RunAsync(
            scenarios,
            regenerationPrompts,
            new HashSet<(string, Arm)>(),
            (result, _) =>
            {
                finished.Add(result);
                return ValueTask.CompletedTask;
            },
            progress,
            cancellationToken);
        var measured = clock.Elapsed;

        return new LoopBenchmarkResult
        {
            Options = options,
            Planned = scenarios.Count * 2,
            Done = finished.Count(result => !result.Failed),
            Unscored = finished.Count(result => !result.Failed && result.Judgement is null),
            ConversationReruns = finished.Sum(result => result.Attempts - 1),
            Server = server.Counts.Since(serverBefore),
            Client = meter.Counts.Since(clientBefore),
            Measured = measured,
        };
    }

    /// <summary>Half as many scenarios as conversations, taken across the contexts in turn rather than one context first.</summary>
    private static IReadOnlyList<Scenario> Scenarios(LoopBenchmarkOptions options)
    {
        var count = options.Conversations / 2;
        var contexts = ScenarioPlanSettings.AllContexts.Count;
        var perContext = (count + contexts - 1) / contexts;
        var planned = ScenarioPlanner.Plan(SandboxScenario.Default, new ScenarioPlanSettings { PerContext = perContext, Seed = options.Seed });
        return planned
            .Select((scenario, index) => (Scenario: scenario, Round: index % perContext, Context: index / perContext))
            .OrderBy(item => item.Round)
            .ThenBy(item => item.Context)
            .Take(count)
            .Select(item => item.Scenario)
            .ToArray();
    }

    /// <summary>
    /// The model stack as the loop commands configure it, for an OpenAI-compatible provider at <paramref name="baseUrl"/>,
    /// with the meter's handlers around (outer) and inside (inner) the retry handler; logging is silent, since every
    /// injected fault would otherwise print a retry warning.
    /// </summary>
    private static ServiceProvider ModelServices(LoopBenchmarkOptions options, Uri baseUrl, ModelCallMeter meter)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Model:Provider"] = nameof(ModelProvider.OpenAICompatible),
                ["Model:BaseUrl"] = baseUrl.ToString(),
                ["Model:ApiKey"] = "bench",
                ["Model:ModelId"] = "agentsupport-bench",
                ["Model:MaxRetries"] = options.MaxRetries.ToString(CultureInfo.InvariantCulture),
                ["Model:RetryBaseDelay"] = options.RetryBaseDelay.ToString("c", CultureInfo.InvariantCulture),
            })
            .Build();
        var services = new ServiceCollection().AddLogging();
        // Handlers of a named client nest in registration order: this one before the model's retry handler wraps it.
        services.AddHttpClient(ModelClientFactory.HttpClientName).AddHttpMessageHandler(meter.Outer);
        services.AddCustomerAgent(configuration);
        services.AddHttpClient(ModelClientFactory.HttpClientName).AddHttpMessageHandler(meter.Inner);
        return services.BuildServiceProvider();
    }
}
