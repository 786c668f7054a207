using AgentSupport.Load;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Load;

/// <summary>
/// The load test at a small size: it drives real customers through the HTTP API on PostgreSQL, and its consistency
/// check passes on what the app stored, and fails when a message is duplicated or an answer is missing.
/// </summary>
public sealed class LoadHarnessTests
{
    private static LoadOptions Small(bool faults) => new(
        Environment.GetEnvironmentVariable(PostgresServer.Variable) ?? "", Customers: 3, Turns: 4, Faults: faults,
        Latency: TimeSpan.FromMilliseconds(10), FaultRate: 0.3, Seed: 7, Warmup: 1);

    [SkippableFact]
    public async Task OfflineRun_EveryTurnAnswered_AndTheCheckPasses()
    {
        PostgresServer.SkipIfUnavailable();

        var result = await LoadTest.RunAsync(Small(faults: false));

        var turns = result.Run.Conversations.SelectMany(c => c.Turns).ToList();
        Assert.Equal(12, turns.Count);
        Assert.All(turns, turn => Assert.Equal(TurnOutcome.Answered, turn.Outcome));
        Assert.True(result.Check.Passed, string.Join("\n", result.Check.Problems));
        Assert.Equal(12, result.Check.Messages);
        Assert.Contains("RateLimiting:LoginPerIpPerMinute set to 76 by the load test", result.Report);
        Assert.Contains("unhandled 5xx               0", result.Report);
        Assert.Matches(@"warm-up +\d+ rounds of 1 customers × 4 turns first, not measured; the JIT (settled|had not settled) \(the last round compiled \d+ of \d+ methods\)", result.Report);
        Assert.Contains("CPU per turn", result.Report);
        Assert.Matches(@"garbage collections +\d+ \(of which \d+ gen1 and \d+ gen2\), [\d.]+ ms paused in all, [\d.]+ ms each on average \((server|workstation) GC\)", result.Report);
        Assert.Matches(@"\ndatabase round trip +SELECT 1 alone on this machine: p50 [\d.]+ ms back to back; after a 5 ms pause, p50 [\d.]+ ms, p95 [\d.]+ ms ", result.Report);
    }

    [SkippableFact]
    public async Task FaultRun_FailedTurnsAreShownAndStored_AndTheCheckPasses()
    {
        PostgresServer.SkipIfUnavailable();

        var result = await LoadTest.RunAsync(Small(faults: true) with { ThinkTime = TimeSpan.FromMilliseconds(5) });

        var turns = result.Run.Conversations.SelectMany(c => c.Turns).ToList();
        Assert.True(turns.Sum(t => t.ModelFaults) > 0, "no fault was injected");
        Assert.All(turns, turn => Assert.Contains(turn.Outcome, new[] { TurnOutcome.Answered, TurnOutcome.FailureShown }));
        Assert.All(turns, turn => Assert.NotNull(turn.ModelTime));
        Assert.Equal(0, LoadReport.UnhandledServerErrors(result.Run));
        Assert.True(result.Check.Passed, string.Join("\n", result.Check.Problems));
        Assert.Contains("stall", result.Report);
        Assert.Contains("retry waits", result.Report);
        Assert.Matches(@"\noverhead per turn +p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms \(.*\); p95 [\d.]+ × the 10 ms target\n", result.Report);
        Assert.Contains("5 ms on average between an answer and the next message", result.Report);
        Assert.All(turns, turn => Assert.NotNull(turn.Kind));
        foreach (var kind in new[] { "no model call", "model, no tool", "model and tools", "hand-over to a person" })
        {
            Assert.Matches($@"\n    {kind} +(p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms|–) \(\d+ turns\)\n", result.Report);
        }
    }

    [SkippableFact]
    public async Task SpansRun_SaysWhereEachTurnsTimeGoes_BeforeBetweenAndAfterTheModelCalls()
    {
        PostgresServer.SkipIfUnavailable();

        // Seven turns: the shipped prompt's budget is six, so the last answers without the model.
        var result = await LoadTest.RunAsync(Small(faults: true) with { Customers = 2, Turns = 7, FaultRate = 0, Spans = true });

        var turns = result.Run.Conversations.SelectMany(c => c.Turns).ToList();
        Assert.All(turns, turn => Assert.NotNull(turn.App));
        var past = turns.Where(t => t.Kind == TurnKind.NoModelCall).Select(t => t.App!).ToList();
        Assert.Equal(2, past.Count);
        Assert.All(past, app => Assert.True(app.ModelCalls == 0 && app.Before.RoundTrips >= 1 && app.After is null));
        var called = turns.Where(t => t.Kind is TurnKind.ModelOnly or TurnKind.ModelAndTools).Select(t => t.App!).ToList();
        Assert.NotEmpty(called);
        // The customer's message is stored before the model is asked, the answer after it.
        Assert.All(called, app => Assert.True(app.Before.RoundTrips >= 1 && app.After!.RoundTrips >= 1, $"{app}"));
        Assert.All(called, app => Assert.InRange(app.Before.DatabaseTime, TimeSpan.FromTicks(1), app.Before.Time));
        Assert.All(turns.Where(t => t.Kind == TurnKind.ModelAndTools), turn => Assert.True(turn.App!.ModelCalls >= 2 && turn.App.Between is not null));
        Assert.Matches(@"\nwhere the time goes +the app's spans of 14 of these 14 turns", result.Report);
        Assert.Matches(@"\n    no model call +the request [\d.]+ ms \(\d+ round trips?, [\d.]+ ms\)\n", result.Report);
    }

    [SkippableFact]
    public async Task Check_FailsWhenAMessageIsDuplicated_OrAnAnswerIsMissing()
    {
        PostgresServer.SkipIfUnavailable();
        var options = Small(faults: false) with { Customers = 2, Turns = 2 };
        await using var host = await LoadHost.StartAsync(options);
        using var customers = await CustomerSimulation.SignUpAsync(host, options.Customers);
        var run = await CustomerSimulation.RunAsync(host, customers, options);
        var (duplicated, unanswered) = (run.Conversations[0].Id, run.Conversations[1].Id);

        Assert.True((await CheckAsync(host, run)).Passed);

        await using (var scope = host.CreateScope())
        {
            var db = host.Db(scope);
            var first = await db.ConversationMessages.SingleAsync(m => m.ConversationId == duplicated && m.Turn == 1);
            db.ConversationMessages.Add(new ConversationMessage
            {
                ConversationId = duplicated, Turn = 5, Role = first.Role, Text = first.Text, CreatedAt = first.CreatedAt,
            });
            await db.SaveChangesAsync();
            await db.ConversationMessages.Where(m => m.ConversationId == unanswered && m.Turn == 4).ExecuteDeleteAsync();
        }

        var check = await CheckAsync(host, run);
        Assert.False(check.Passed);
        Assert.Contains(check.Problems, p => p.StartsWith(duplicated.ToString(), StringComparison.Ordinal) && p.Contains("1 duplicated", StringComparison.Ordinal));
        Assert.Contains(check.Problems, p => p.StartsWith(unanswered.ToString(), StringComparison.Ordinal) && p.Contains("has no stored answer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 0, 0, false)]
    [InlineData(1, 12_000, 12_000, false)]
    [InlineData(12, 500, 50_000, false)]
    [InlineData(12, 499, 50_000, true)]
    public void Warmup_SettlesWhenARoundAddsUnderOnePercentOfTheCompiledMethods(int rounds, long lastRound, long compiled, bool settled) =>
        Assert.Equal(settled, new WarmupResult(rounds, lastRound, compiled).JitSettled);

    [Theory]
    [InlineData(null, "", null)]
    [InlineData(0, "", TurnKind.NoModelCall)]
    [InlineData(0, "Tickets.escalate_to_human", TurnKind.HandOver)]
    [InlineData(200, "", TurnKind.ModelOnly)]
    [InlineData(400, "OfferIn24.get_offer_status", TurnKind.ModelAndTools)]
    [InlineData(400, "OfferIn24.get_offer_status Tickets.escalate_to_human", TurnKind.HandOver)]
    public void A_turn_is_of_the_kind_its_model_time_and_tools_say(int? modelMs, string tools, TurnKind? kind)
    {
        var turn = new TurnRecord("Hola", Accepted: true, "Hola", TurnOutcome.Answered, null, ModelTime: modelMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null)
        {
            Tools = tools.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };

        Assert.Equal(kind, turn.Kind);
    }

    private static async Task<ConsistencyResult> CheckAsync(LoadHost host, LoadRun run)
    {
        await using var scope = host.CreateScope();
        return await ConsistencyCheck.RunAsync(host.Db(scope), run.Conversations);
    }
}
