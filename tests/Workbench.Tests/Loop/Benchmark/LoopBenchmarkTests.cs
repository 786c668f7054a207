using AgentSupport.Workbench.Loop.Benchmark;
using AgentSupport.Workbench.Tests.Loop.Support;

namespace AgentSupport.Workbench.Tests.Loop.Benchmark;

public sealed class LoopBenchmarkTests
{
    private static readonly LoopBenchmarkOptions Tiny = new()
    {
        Latency = TimeSpan.FromMilliseconds(10),
        FaultRate = 0.2,
        Conversations = 4,
        Parallelism = 4,
        Seed = 7,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    };

    [Fact]
    public async Task RunAsync_WithInjectedFaults_HoldsEveryConversationAndRetriesEveryFault()
    {
        using var prompts = new TempPrompts();

        var result = await LoopBenchmark.RunAsync(Tiny, prompts.Store);

        Assert.Equal(4, result.Planned);
        Assert.Equal(4, result.Done);
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.ConversationReruns);
        Assert.True(result.Server.Faults > 0, "no fault was injected");
        Assert.True(result.Client.RetriedCalls > 0, "no call was retried");
        Assert.True(result.Client.RetriedCalls <= result.Server.Faults);
    }

    [Fact]
    public async Task RunAsync_CountersOfServerAndClientAgree()
    {
        using var prompts = new TempPrompts();

        var result = await LoopBenchmark.RunAsync(Tiny, prompts.Store);

        var (server, client) = (result.Server, result.Client);
        // Every HTTP attempt reached the server, every fault cost exactly one extra attempt, every call was served once.
        Assert.Equal(server.Calls, client.Attempts);
        Assert.Equal(server.Faults, client.Attempts - client.Calls);
        Assert.Equal(server.Served, client.Calls);
        Assert.Equal(server.Calls, server.Served + server.Throttled + server.ServerErrors);
        // Each conversation needs at least its customer's opening, the agent's answer and the judge's score.
        Assert.True(client.Calls >= 3L * result.Planned, $"{client.Calls} calls for {result.Planned} conversations");
        Assert.Equal((server.Calls * Tiny.Latency + client.RetryWait) / Tiny.Parallelism, result.Ideal);
    }

    [Fact]
    public async Task RunAsync_WithoutFaults_RetriesNothing()
    {
        using var prompts = new TempPrompts();

        var result = await LoopBenchmark.RunAsync(Tiny with { FaultRate = 0 }, prompts.Store);

        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Server.Faults);
        Assert.Equal(0, result.Client.RetriedCalls);
        Assert.Equal(TimeSpan.Zero, result.Client.RetryWait);
        Assert.Equal(result.Client.Calls, result.Client.Attempts);
    }

    [Fact]
    public async Task RunAsync_OddConversationCount_IsRefused()
    {
        using var prompts = new TempPrompts();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LoopBenchmark.RunAsync(Tiny with { Conversations = 3 }, prompts.Store));
    }
}
