using System.Net;
using System.Net.Http.Json;
using AgentSupport.Agent.Offline;
using AgentSupport.Workbench.Loop.Benchmark;

namespace AgentSupport.Workbench.Tests.Loop.Benchmark;

public sealed class FakeModelServerTests
{
    private const long Seed = 99;

    [Fact]
    public async Task UsageOf_counts_the_pause_before_a_failed_request_is_sent_again_as_a_retry_wait_and_a_longer_request_as_none()
    {
        var settings = new FakeModelSettings(new OfflineChatClient(), TimeSpan.Zero, 0.5, 7, [ModelFault.ServerError]);
        var schedule = new FaultSchedule(settings.FaultRate, settings.Seed, settings.Faults);
        // The first call number from which the server fails, answers, fails and answers.
        var first = Enumerable.Range(1, 1000).First(n =>
            schedule.FaultFor(n) is not null && schedule.FaultFor(n + 1) is null && schedule.FaultFor(n + 2) is not null && schedule.FaultFor(n + 3) is null);
        await using var server = await FakeModelServer.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        for (var call = 1; call < first; call++) await SendAsync(http, seed: 1, messages: 1);

        Assert.Equal(HttpStatusCode.InternalServerError, await SendAsync(http, Seed, messages: 1));
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(http, Seed, messages: 1));
        Assert.Equal(HttpStatusCode.InternalServerError, await SendAsync(http, Seed, messages: 2));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(http, Seed, messages: 4));

        var usage = server.UsageOf(Seed);
        Assert.Equal((4, 2), (usage.Calls, usage.Faults));
        Assert.InRange(usage.RetryWait, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, server.UsageOf(1).RetryWait);
    }

    [Fact]
    public async Task SettledUsageOf_waits_for_a_stalled_call_the_client_gave_up_on_and_counts_its_time()
    {
        var settings = new FakeModelSettings(new OfflineChatClient(), TimeSpan.Zero, 0.5, 7, [ModelFault.Stall]);
        var stalled = Enumerable.Range(1, 1000).First(n => new FaultSchedule(settings.FaultRate, settings.Seed, settings.Faults).FaultFor(n) is not null);
        await using var server = await FakeModelServer.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        for (var call = 1; call < stalled; call++) await SendAsync(http, seed: 1, messages: 1);
        var request = new { model = "fake-model", seed = Seed, stream = true, messages = new[] { new { role = "user", content = "Hola" } } };

        using (var response = await http.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "chat/completions") { Content = JsonContent.Create(request) }, HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.StartsWith("data: ", await reader.ReadLineAsync());
            // The client holds the stalled stream a while, then walks away without waiting for the server to notice.
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }

        var usage = await server.SettledUsageOfAsync(Seed, TimeSpan.FromSeconds(10));

        Assert.Equal((1, 1), (usage.Calls, usage.Faults));
        Assert.True(usage.Time >= TimeSpan.FromMilliseconds(300), $"{usage.Time} counted for a call held 300 ms");
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, long seed, int messages)
    {
        var request = new
        {
            model = "fake-model",
            seed,
            messages = Enumerable.Range(1, messages).Select(n => new { role = n % 2 == 1 ? "user" : "assistant", content = $"Hola {n}" }),
        };
        using var response = await http.PostAsJsonAsync("chat/completions", request);
        return response.StatusCode;
    }
}
