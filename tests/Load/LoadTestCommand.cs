using System.Globalization;
using System.Runtime;

namespace AgentSupport.Load;

/// <summary>
/// <c>dotnet run -c Release --project tests/Load -- [--mode offline|faults] [--customers 50] [--turns 20]
/// [--latency-ms 200] [--fault-rate 0.1] [--seed 42] [--think-ms 0] [--warmup 5] [--postgres CONNECTION] [--keep-database] [--spans]</c>, or
/// <c>--mode workers [--workers 1,2,4] [--latency-ms 200]</c> for <see cref="WorkersBenchmark"/>.
/// The connection string defaults to AGENTSUPPORT_TEST_POSTGRES. Exits 1 when the consistency check fails, 2 on bad arguments.
/// </summary>
public static class LoadTestCommand
{
    public static async Task<int> Main(string[] args)
    {
        if (Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync("usage: [--mode offline|faults|workers] [--customers N] [--turns N] [--workers 1,2,4] [--latency-ms N] [--fault-rate X] [--seed N] [--think-ms N] [--warmup N] [--postgres CONNECTION] [--keep-database] [--spans]\n"
                + "A PostgreSQL connection string (a role that may create databases) comes from --postgres or AGENTSUPPORT_TEST_POSTGRES.");
            return 2;
        }

        if (options.Workers is not null)
        {
            Console.Write(await WorkersBenchmark.RunAsync(options));
            return 0;
        }

        var result = await LoadTest.RunAsync(options);
        Console.Write(result.Report);
        return result.Check.Passed ? 0 : 1;
    }

    private static LoadOptions? Parse(string[] args)
    {
        var options = new LoadOptions(Environment.GetEnvironmentVariable("AGENTSUPPORT_TEST_POSTGRES") ?? "");
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : "";
            int? Count(int least) => int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= least ? n : null;
            int? Int() => Count(1);
            switch (args[i])
            {
                case "--mode" when Next() is var mode && mode is "offline" or "faults" or "workers":
                    options = options with { Faults = mode == "faults", Workers = mode == "workers" ? options.Workers ?? [1, 2, 4] : null };
                    break;
                case "--workers" when Counts(Next()) is { } counts:
                    options = options with { Workers = counts };
                    break;
                case "--customers" when Int() is { } n:
                    options = options with { Customers = n };
                    break;
                case "--turns" when Int() is { } n:
                    options = options with { Turns = n };
                    break;
                case "--latency-ms" when Int() is { } n:
                    options = options with { Latency = TimeSpan.FromMilliseconds(n) };
                    break;
                case "--seed" when Int() is { } n:
                    options = options with { Seed = n };
                    break;
                case "--fault-rate" when double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and < 1:
                    options = options with { FaultRate = rate };
                    break;
                case "--think-ms" when Count(0) is { } n:
                    options = options with { ThinkTime = TimeSpan.FromMilliseconds(n) };
                    break;
                case "--warmup" when Count(0) is { } n:
                    options = options with { Warmup = n };
                    break;
                case "--postgres" when Next() is { Length: > 0 } server:
                    options = options with { Postgres = server };
                    break;
                case "--keep-database":
                    options = options with { KeepDatabase = true };
                    break;
                case "--spans":
                    options = options with { Spans = true };
                    break;
                default:
                    return null;
            }
        }

        return options.Postgres.Length > 0 ? options : null;
    }

    private static int[]? Counts(string list)
    {
        var counts = list.Split(',').Select(c => int.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).ToArray();
        return counts.Length > 0 && counts.All(n => n > 0) ? counts : null;
    }
}

/// <summary>One run: host, customers, check, report.</summary>
public static class LoadTest
{
    public static async Task<LoadResult> RunAsync(LoadOptions options, CancellationToken ct = default)
    {
        await using var host = await LoadHost.StartAsync(options, ct);
        using var customers = await CustomerSimulation.SignUpAsync(host, options.Customers, ct);
        var warmup = await WarmUpAsync(host, options, ct);
        using var spans = options.Spans ? new TurnSpans() : null;
        var run = await CustomerSimulation.RunAsync(host, customers, options, ct);
        await using var scope = host.CreateScope();
        var check = await ConsistencyCheck.RunAsync(host.Db(scope), run.Conversations, ct);
        if (spans is not null) await run.AttachAppTimesAsync(spans);
        var roundTrip = await RoundTripReference.MeasureAsync(host.ConnectionString, ct);
        return new LoadResult(run, check, LoadReport.Format(options, host, warmup, run, check, roundTrip));
    }

    /// <summary>
    /// Unmeasured rounds until the JIT has settled: tiered compilation keeps recompiling hot methods for a while after
    /// their first calls, and a run measured meanwhile would count the compiler's work and slower code as the app's.
    /// </summary>
    private static async Task<WarmupResult> WarmUpAsync(LoadHost host, LoadOptions options, CancellationToken ct)
    {
        var warmup = new WarmupResult(0, 0, 0);
        if (options.Warmup == 0) return warmup;
        do
        {
            var before = JitInfo.GetCompiledMethodCount();
            using var round = await CustomerSimulation.SignUpAsync(host, options.Warmup, ct);
            await CustomerSimulation.RunAsync(host, round, options with { ThinkTime = TimeSpan.Zero }, ct);
            var after = JitInfo.GetCompiledMethodCount();
            warmup = new WarmupResult(warmup.Rounds + 1, after - before, after);
        }
        while (warmup.Rounds < LoadOptions.MaxWarmupRounds && !warmup.JitSettled);
        return warmup;
    }
}

/// <summary>The warm-up rounds run, how many methods the JIT compiled during the last one and in all.</summary>
public sealed record WarmupResult(int Rounds, long LastRoundCompiled, long Compiled)
{
    /// <summary>
    /// Rarely taken paths (a tool's error branch, a sign-up) keep reaching their call counts for a long time, so the
    /// JIT never falls silent; settled is when a round adds under 1 % to what it compiled in all.
    /// </summary>
    public bool JitSettled => Rounds > 0 && LastRoundCompiled * 100 < Compiled;
}

public sealed record LoadResult(LoadRun Run, ConsistencyResult Check, string Report);
