using System.Collections.Concurrent;
using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Benchmark;
using AgentSupport.Workbench.Loop.Runs;
using AgentSupport.Workbench.Privacy;
using AgentSupport.Workbench.Tests.Loop.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Tests.Privacy;

/// <summary>
/// The whole Workbench loop against the OpenAI-compatible fake model server, on a dataset whose customers wrote their
/// CLABE, card and phone: every request body that leaves for the model is captured on the wire, and none holds them.
/// </summary>
public sealed class WorkbenchModelPrivacyTests : IDisposable
{
    private const string Clabe = "002180012345678906";
    private const string Card = "4111 1111 1111 1111";
    private const string Phone = "+52 55 1234 5678";
    private const string Plate = "PZN-904-E";

    private readonly TempPrompts _prompts = new();
    private readonly string _runs = Directory.CreateTempSubdirectory("agentsupport-privacy-").FullName;

    public void Dispose()
    {
        _prompts.Dispose();
        Directory.Delete(_runs, recursive: true);
    }

    [Fact]
    public async Task The_model_never_receives_a_planted_clabe_card_or_phone()
    {
        var (run, bodies) = await RunLoopAsync();

        Assert.Equal(RunStatus.Compared, run.Status);
        // The proposer, the simulated customer and the judge were all asked, and the proposer saw the customers' words.
        Assert.True(bodies.Length > 3, $"{bodies.Length} requests");
        Assert.Contains(bodies, body => body.Contains("[CLABE]", StringComparison.Ordinal) && body.Contains(Plate, StringComparison.Ordinal));
        foreach (var planted in new[] { Clabe, Card, Phone, "4111111111111111", "1234 5678" })
        {
            Assert.DoesNotContain(bodies, body => body.Contains(planted, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(Clabe, run.ProposerInputs.WorstConversations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_and_report_are_redacted_unless_an_admin_switched_it_off_with_a_reason()
    {
        var (run, _) = await RunLoopAsync();
        var store = new FileRunStore(_runs);
        // Regenerated customers said nothing personal; plant it in every transcript as a real customer might.
        var results = (await store.ReadResultsAsync(run.Id)).Results
            .Select(r => r with { Transcript = [.. r.Transcript.Select(t => t.Speaker == "cliente" ? t with { Text = $"{t.Text} Mi CLABE es {Clabe}, tel {Phone}" } : t)] })
            .ToArray();
        var analyzer = new ConversationAnalyzer();

        var redacted = Path.Combine(_runs, "redacted");
        await RunExports.WriteAsync(run, results, analyzer, redacted);
        var unredacted = Path.Combine(_runs, "unredacted");
        var switchedOff = run with { Parameters = run.Parameters with { UnredactedExports = new UnredactedExports("admin@agentsupport.local", "court order 17/2026", run.CreatedAt) } };
        await RunExports.WriteAsync(switchedOff, results, analyzer, unredacted);

        foreach (var file in new[] { RunExports.BaselineConversationsFile, RunExports.ProposedConversationsFile, "report.html" })
        {
            var text = await File.ReadAllTextAsync(Path.Combine(redacted, file));
            Assert.DoesNotContain(Clabe, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
            Assert.Contains("[CLABE]", text, StringComparison.Ordinal);
            Assert.Contains(Clabe, await File.ReadAllTextAsync(Path.Combine(unredacted, file)), StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>(() => (run.Parameters with { UnredactedExports = new UnredactedExports("admin@agentsupport.local", " ", run.CreatedAt) }).Validate());
    }

    private async Task<(RunRecord Run, string[] Bodies)> RunLoopAsync()
    {
        await using var server = await FakeModelServer.StartAsync(new FakeModelSettings(new OfflineChatClient(), TimeSpan.Zero, 0, 1));
        var wire = new RequestCapture();
        await using var services = ModelServices(server.BaseUrl, wire);
        var loop = new WorkbenchLoop(
            new FileRunStore(_runs), _prompts.Store, services.GetRequiredService<ICustomerAgent>(),
            WorkbenchModels.Single(services.GetRequiredService<IChatClient>(), new RunModel("OpenAICompatible", "privacy")), SandboxScenario.Default, services.GetRequiredService<ILoggerFactory>(),
            new WorkbenchLoopOptions { RetryBaseDelay = TimeSpan.Zero });
        var run = await loop.StartAsync(
            await PaymentComplaintsAsync(),
            new RunParameters { Dataset = "payments with personal data", PerContext = 1, Parallelism = 2, Retries = 1, Seed = 3 });
        run = await loop.ContinueAsync(run.Id, autoApproveAs: "test");
        return (run, wire.Bodies.ToArray());
    }

    private static async Task<AnalysisReport> PaymentComplaintsAsync() =>
        await new ConversationAnalyzer().AnalyzeAsync(Enumerable.Range(1, 24).Select(i => new ConversationInput
        {
            ConversationId = $"pay-{i:00}",
            Context = i % 2 == 0 ? "service" : "feedback",
            Channel = "webchat",
            Tone = "formal",
            Language = i % 3 == 0 ? "en" : "es",
            Resolved = false,
            Csat = 2,
            DurationSec = 200,
            Transcript =
            [
                new TranscriptMessage("cliente", i % 3 == 0
                    ? $"When will I get the payment for my car {Plate}? My CLABE is {Clabe}, call me at {Phone}"
                    : $"¿Cuándo me depositan el pago de mi auto {Plate}? Mi CLABE es {Clabe}, mi celular {Phone}, pagué con {Card}"),
                new TranscriptMessage("agente", "No tengo esa información."),
            ],
        }).ToAsyncEnumerable());

    private static ServiceProvider ModelServices(Uri baseUrl, RequestCapture wire)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Model:Provider"] = nameof(ModelProvider.OpenAICompatible),
                ["Model:BaseUrl"] = baseUrl.ToString(),
                ["Model:ApiKey"] = "privacy",
                ["Model:ModelId"] = "privacy",
                ["Model:RetryBaseDelay"] = "00:00:00.001",
            })
            .Build();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddHttpClient(ModelClientFactory.HttpClientName).AddHttpMessageHandler(() => wire);
        services.AddCustomerAgent(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Keeps the body of every request sent to the model, as it goes on the wire.</summary>
    private sealed class RequestCapture : DelegatingHandler
    {
        public ConcurrentQueue<string> Bodies { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                Bodies.Enqueue(await request.Content.ReadAsStringAsync(cancellationToken));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
