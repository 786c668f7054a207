using System.Globalization;
using System.Runtime;
using System.Text;

namespace AgentSupport.Load;

/// <summary>The figures of a run, as the command prints them.</summary>
public static class LoadReport
{
    /// <summary>The issue's target for the overhead's p95 at 50 customers; the report gives the run's p95 against it.</summary>
    public static readonly TimeSpan OverheadTarget = TimeSpan.FromMilliseconds(10);

    public static string Format(LoadOptions options, LoadHost host, WarmupResult warmup, LoadRun run, ConsistencyResult check, RoundTripReference roundTrip)
    {
        var turns = run.Conversations.SelectMany(c => c.Turns).ToList();
        var text = new StringBuilder();
        void Line(string label, string value) => text.Append(CultureInfo.InvariantCulture, $"{label,-28}{value}\n");

        Line("mode", options.Faults
            ? $"fake model on 127.0.0.1: {Ms(options.ModelLatency)} latency, {Number(options.FaultRate * 100)} % faults (429, 500, stall, cut stream), seed {options.Seed}"
            : "offline engine");
        Line("database", $"PostgreSQL, fresh database {host.Database}{(options.KeepDatabase ? " (kept)" : " (dropped after)")}");
        Line("login limit", $"RateLimiting:LoginPerIpPerMinute set to {options.LoginPermitsPerMinute} by the load test (all customers sign up and log in from one address)");
        if (options.Faults) Line("stalled streams", $"Model:StreamIdleTimeout set to {Ms(options.IdleTimeout)} by the load test");
        Line("warm-up", warmup.Rounds == 0 ? "none" : $"{warmup.Rounds} rounds of {options.Warmup} customers × {options.Turns} turns first, not measured; "
            + $"the JIT {(warmup.JitSettled ? "settled" : "had not settled")} (the last round compiled {warmup.LastRoundCompiled} of {warmup.Compiled} methods)");
        Line("think time", options.ThinkTime == TimeSpan.Zero ? "none: each customer sends as soon as an answer ends" : $"{Ms(options.ThinkTime)} on average between an answer and the next message (not in the latency)");
        Line("customers × turns", $"{options.Customers} × {options.Turns} = {turns.Count} turns in {Seconds(run.Elapsed)}");
        Line("turns/s", Number(turns.Count / run.Elapsed.TotalSeconds));
        Line("CPU per turn", $"{Ms(run.Cpu / Math.Max(1, turns.Count))} (the process: app, customers{(options.Faults ? " and fake model" : "")}; {Number(run.Cpu.TotalSeconds / run.Elapsed.TotalSeconds)} of {Environment.ProcessorCount} cores busy)");
        var gc = run.Collections;
        Line("garbage collections", $"{gc.Gen0} (of which {gc.Gen1} gen1 and {gc.Gen2} gen2), {Ms(gc.Paused)} paused in all, {Ms(gc.Paused / Math.Max(1, gc.Gen0))} each on average ({(GCSettings.IsServerGC ? "server" : "workstation")} GC)");
        Line("turn latency", Percentiles(turns.Select(t => t.Latency)));
        if (options.Faults)
        {
            var measured = turns.Where(t => t.ModelTime is not null).ToList();
            Line("model time per turn", Percentiles(measured.Select(t => t.ModelTime!.Value)));
            var overheads = measured.Select(t => t.Overhead).Order().ToList();
            Line("overhead per turn", Percentiles(overheads) + " (turn latency minus the fake model's time on the turn's calls and the retry waits its faults imposed)"
                + (overheads.Count > 0 ? $"; p95 {Number(At(overheads, 0.95) / OverheadTarget)} × the {Ms(OverheadTarget)} target" : ""));
            var clean = measured.Where(t => t.ModelFaults == 0).ToList();
            Line("  turns without a fault", $"{Percentiles(clean.Select(t => t.Overhead))} ({clean.Count} turns)");
            foreach (var kind in Enum.GetValues<TurnKind>())
            {
                var ofKind = clean.Where(t => t.Kind == kind).ToList();
                Line($"    {Name(kind)}", $"{Percentiles(ofKind.Select(t => t.Overhead))} ({ofKind.Count} turns)");
            }

            if (options.Spans) WhereTheTimeGoes(clean, Line);
            var faulted = measured.Where(t => t.ModelFaults > 0).ToList();
            Line("  turns with a fault", $"{Percentiles(faulted.Select(t => t.Overhead))} ({faulted.Count} turns)");
            Line("retry waits", $"{Percentiles(faulted.Select(t => t.RetryWait))} (in the turns with a fault: the app's backoff before asking again)");
            var server = run.ModelCalls!;
            Line("model calls", $"{server.Calls}: {server.Served} served, {server.Throttled} × 429, {server.ServerErrors} × 500, {server.Stalled} stalled, {server.Cut} cut");
        }
        else
        {
            Line("overhead per turn", "the whole turn latency (the offline engine runs inside the app)");
        }

        Line("database round trip", $"SELECT 1 alone on this machine: p50 {Ms(roundTrip.BackToBack)} back to back; after a {Ms(RoundTripReference.Pause)} pause, "
            + $"p50 {Ms(roundTrip.AfterPause)}, p95 {Ms(roundTrip.AfterPauseP95)} (what waking an idle core adds)");
        Line("outcomes", string.Join(", ", Enum.GetValues<TurnOutcome>().Select(o => $"{turns.Count(t => t.Outcome == o)} {Name(o)}")));
        var errors = turns.Where(t => t.Error is not null).GroupBy(t => t.Error!).OrderByDescending(g => g.Count()).ToList();
        Line("errors by kind", errors.Count == 0 ? "none" : string.Join(", ", errors.Select(g => $"{g.Count()} × {g.Key}")));
        Line("unhandled 5xx", UnhandledServerErrors(run).ToString(CultureInfo.InvariantCulture));
        Line("consistency check", check.Passed
            ? $"passed: {check.Messages} customer messages in {check.Conversations} conversations stored once, in order, each with the answer or failure shown"
            : $"FAILED: {check.Problems.Count} problems");
        foreach (var problem in check.Problems.Take(20)) text.Append("  ").Append(problem).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// The medians of each part of the app's time (<see cref="AppTime"/>) per kind of turn without a fault: a fault's
    /// retries wait inside the model call, which would blur the parts.
    /// </summary>
    private static void WhereTheTimeGoes(IReadOnlyList<TurnRecord> clean, Action<string, string> line)
    {
        var traced = clean.Where(t => t.App is not null).ToList();
        line("where the time goes", $"the app's spans of {traced.Count} of these {clean.Count} turns, each part's median: before the first model call, "
            + "in the calls beyond the fake model's handling, between the calls (the tools), after the last; with the database round trips in each");
        foreach (var kind in Enum.GetValues<TurnKind>())
        {
            var ofKind = traced.Where(t => t.Kind == kind).Select(t => t.App!).ToList();
            var called = ofKind.Where(app => app.ModelCalls > 0).ToList();
            var parts = new List<string>();
            if (called.Count > 0)
            {
                parts.Add($"before {Part(called.Select(app => app.Before))}");
                parts.Add($"in the calls {Ms(Median(called.Select(app => app.InCalls)))}");
                if (called.Where(app => app.Between is not null).Select(app => app.Between!).ToList() is { Count: > 0 } between) parts.Add($"between {Part(between)}");
                parts.Add($"after {Part(called.Select(app => app.After!))}");
            }

            if (ofKind.Where(app => app.ModelCalls == 0).ToList() is { Count: > 0 } alone)
            {
                parts.Add($"{(called.Count > 0 ? $"without the model ({alone.Count} turns), " : "")}the request {Part(alone.Select(app => app.Before))}");
            }

            line($"    {Name(kind)}", parts.Count == 0 ? "–" : string.Join(", ", parts));
        }
    }

    private static string Part(IEnumerable<Window> windows)
    {
        var all = windows.ToList();
        var trips = At(all.Select(w => w.RoundTrips).Order().ToList(), 0.50);
        return $"{Ms(Median(all.Select(w => w.Time)))} ({trips} round trip{(trips == 1 ? "" : "s")}, {Ms(Median(all.Select(w => w.DatabaseTime)))})";
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values) => At(values.Order().ToList(), 0.50);

    /// <summary>The value at percentile <paramref name="p"/> of <paramref name="sorted"/> (nearest rank).</summary>
    public static T At<T>(IReadOnlyList<T> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Messages the app answered with a 5xx status instead of a stream (a handled model failure streams an error event).</summary>
    public static int UnhandledServerErrors(LoadRun run) =>
        run.Conversations.SelectMany(c => c.Turns).Count(t => t.Error is { } e && e.StartsWith("HTTP 5", StringComparison.Ordinal));

    private static string Name(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.Answered => "answered",
        TurnOutcome.FailureShown => "failed with the failure shown",
        TurnOutcome.Refused => "refused",
        _ => "broken",
    };

    private static string Name(TurnKind kind) => kind switch
    {
        TurnKind.NoModelCall => "no model call",
        TurnKind.ModelOnly => "model, no tool",
        TurnKind.ModelAndTools => "model and tools",
        _ => "hand-over to a person",
    };

    private static string Percentiles(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Select(v => v.TotalMilliseconds).Order().ToList();
        if (sorted.Count == 0) return "–";
        return $"p50 {Number(At(sorted, 0.50))} ms, p95 {Number(At(sorted, 0.95))} ms, p99 {Number(At(sorted, 0.99))} ms";
    }

    private static string Ms(TimeSpan value) => $"{Number(value.TotalMilliseconds)} ms";

    private static string Seconds(TimeSpan value) => $"{Number(value.TotalSeconds)} s";

    /// <summary>One decimal, or two below 1, where a round trip alone is measured.</summary>
    private static string Number(double value) => value.ToString(Math.Abs(value) < 1 ? "0.##" : "0.#", CultureInfo.InvariantCulture);
}
