using AgentSupport.Agent.Model;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Loop.Judging;
using AgentSupport.Workbench.Loop.Regeneration;
using AgentSupport.Workbench.Tests.Loop.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentSupport.Workbench.Tests.Loop.Regeneration;

public sealed class CallTimeoutTests : IDisposable
{
    private readonly TempPrompts _prompts = new();

    public void Dispose() => _prompts.Dispose();

    [Fact]
    public async Task A_simulator_call_past_its_timeout_fails_the_conversation_which_is_retried_and_recorded()
    {
        var simulation = new SimulationOptions { CallTimeout = TimeSpan.FromMilliseconds(50) };
        var silent = new SilentModel();
        var regenerator = new PairedRegenerator(
            new ConversationSimulator(new FakeAgent(), silent, SandboxScenario.Default, NullLoggerFactory.Instance, simulation),
            new ConversationJudge(silent, simulation),
            new RegenerationOptions { Parallelism = 2, Retries = 1, RetryBaseDelay = TimeSpan.Zero });
        var agent = _prompts.Store.Resolve("customer-agent");
        var scenario = ScenarioPlanner.Plan(SandboxScenario.Default, new ScenarioPlanSettings { PerContext = 1, Contexts = ["credit"] });

        var results = await regenerator.RunAsync(
            scenario, new RegenerationPrompts(agent, agent, _prompts.Store.Resolve("customer-simulator"), _prompts.Store.Resolve("judge")),
            new HashSet<(string, Arm)>(), (_, _) => ValueTask.CompletedTask, null, CancellationToken.None);

        Assert.All(results, r =>
        {
            Assert.Equal("The simulated customer did not answer within 00:00:00.0500000.", r.Failure);
            Assert.Equal(2, r.Attempts);
            Assert.Empty(r.Transcript);
        });
        Assert.Equal(4, silent.Calls);
    }

    /// <summary>A simulator that never answers until its call is cancelled.</summary>
    private sealed class SilentModel : IChatClient
    {
        private int _calls;

        public int Calls => _calls;

        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Assert.Equal(ModelRoles.Simulator, ModelHints.GetRole(options));
            Interlocked.Increment(ref _calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
