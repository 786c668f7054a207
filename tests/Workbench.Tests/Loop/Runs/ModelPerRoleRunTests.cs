using System.Collections.Concurrent;
using AgentSupport.Agent;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop;
using AgentSupport.Workbench.Loop.Benchmark;
using AgentSupport.Workbench.Loop.Runs;
using AgentSupport.Workbench.Tests.Loop.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Tests.Loop.Runs;

/// <summary>
/// A whole Workbench run with the judge on a model server of its own (<c>Model:Roles:Judge:*</c>) and every other role on
/// the top-level one: each server receives only its own roles' calls, and the run records which model played each role.
/// </summary>
public sealed class ModelPerRoleRunTests : IDisposable
{
    // A line of the shipped judge prompt, which only the judge's requests carry.
    private const string JudgeMarker = "quality reviewer";

    private readonly TempPrompts _prompts = new();
    private readonly string _runs = Directory.CreateTempSubdirectory("agentsupport-roles-").FullName;

    public void Dispose()
    {
        _prompts.Dispose();
        Directory.Delete(_runs, recursive: true);
    }

    [Fact]
    public async Task The_judge_server_gets_only_judge_calls_and_the_run_names_both_models()
    {
        await using var agentServer = await FakeModelServer.StartAsync(new FakeModelSettings(new OfflineChatClient(), TimeSpan.Zero, 0, 1));
        await using var judgeServer = await FakeModelServer.StartAsync(new FakeModelSettings(new OfflineChatClient(), TimeSpan.Zero, 0, 1));
        var wire = new RequestCapture();
        await using var services = Services(agentServer.BaseUrl, judgeServer.BaseUrl, wire);
        var loop = services.GetRequiredService<WorkbenchLoop>();

        var run = await loop.StartAsync(await DatasetAsync(), new RunParameters { Dataset = "roles", PerContext = 1, Parallelism = 2, Retries = 1, Seed = 5 });
        run = await loop.ContinueAsync(run.Id, autoApproveAs: "test");

        Assert.Equal(RunStatus.Compared, run.Status);
        var toJudge = wire.Requests.Where(r => r.Authority == judgeServer.BaseUrl.Authority).ToList();
        var toAgent = wire.Requests.Where(r => r.Authority == agentServer.BaseUrl.Authority).ToList();
        Assert.Equal(wire.Requests.Count, toJudge.Count + toAgent.Count);
        Assert.NotEmpty(toJudge);
        Assert.All(toJudge, request =>
        {
            Assert.Contains("\"model\":\"judge-model\"", request.Body, StringComparison.Ordinal);
            Assert.Contains(JudgeMarker, request.Body, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(toAgent, request => request.Body.Contains(JudgeMarker, StringComparison.Ordinal) || request.Body.Contains("judge-model", StringComparison.Ordinal));
        // The agent under test (with its tools), the simulated customer and the proposer all stayed on the top-level server.
        Assert.Contains(toAgent, request => request.Body.Contains("\"tools\"", StringComparison.Ordinal));
        Assert.All(toAgent, request => Assert.Contains("\"model\":\"agent-model\"", request.Body, StringComparison.Ordinal));

        var stored = (await new FileRunStore(_runs).FindAsync(run.Id))!;
        Assert.Equal(("OpenAICompatible", "agent-model"), (stored.Model.Provider, stored.Model.ModelId));
        Assert.Equal(new RunRoleModel("OpenAICompatible", "judge-model"), stored.Model.Roles![ModelRoles.Judge]);
        Assert.Equal(new RunRoleModel("OpenAICompatible", "agent-model"), stored.Model.Roles[ModelRoles.Agent]);
        Assert.Equal(new RunRoleModel("OpenAICompatible", "agent-model"), stored.Model.Roles[ModelRoles.Proposer]);
    }

    private ServiceProvider Services(Uri agentServer, Uri judgeServer, RequestCapture wire)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Model:Provider"] = nameof(ModelProvider.OpenAICompatible),
                ["Model:BaseUrl"] = agentServer.ToString(),
                ["Model:ApiKey"] = "roles",
                ["Model:ModelId"] = "agent-model",
                ["Model:RetryBaseDelay"] = "00:00:00.001",
                ["Model:Roles:Judge:BaseUrl"] = judgeServer.ToString(),
                ["Model:Roles:Judge:ModelId"] = "judge-model",
            })
            .Build();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddHttpClient(ModelClientFactory.HttpClientName).AddHttpMessageHandler(() => wire);
        services.AddCustomerAgent(configuration)
            .AddSingleton(_prompts.Store)
            .AddSingleton<IRunStore>(new FileRunStore(_runs))
            .AddWorkbenchLoop(new WorkbenchLoopOptions { RetryBaseDelay = TimeSpan.Zero });
        return services.BuildServiceProvider();
    }

    private static async Task<AnalysisReport> DatasetAsync() =>
        await new ConversationAnalyzer().AnalyzeAsync(Enumerable.Range(1, 12).Select(i => new ConversationInput
        {
            ConversationId = $"late-{i:00}",
            Context = i % 2 == 0 ? "service" : "feedback",
            Channel = "webchat",
            Tone = "formal",
            Language = "es",
            Resolved = false,
            Csat = 2,
            DurationSec = 180,
            Transcript =
            [
                new TranscriptMessage("cliente", "¿Cuándo me depositan el pago de mi auto?"),
                new TranscriptMessage("agente", "No tengo esa información."),
            ],
        }).ToAsyncEnumerable());

    /// <summary>Every request sent to a model server: where it went and its body.</summary>
    private sealed class RequestCapture : DelegatingHandler
    {
        private readonly ConcurrentQueue<(string Authority, string Body)> _requests = new();

        public IReadOnlyList<(string Authority, string Body)> Requests => [.. _requests];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Enqueue((request.RequestUri!.Authority, request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
