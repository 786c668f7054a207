using System.Collections.Concurrent;
using System.Diagnostics;
using AgentSupport.Agent.Telemetry;

namespace AgentSupport.Load;

/// <summary>
/// With <c>--spans</c>, the spans of every measured turn: the customer's request, the app's database round trips and
/// model calls, and the fake model's handling of each call, all in the turn's trace. They tell where a turn's overhead
/// goes (<see cref="AppTime"/>). Recording them costs a little time of its own, so a run with them is slightly slower.
/// </summary>
public sealed class TurnSpans : IDisposable
{
    /// <summary>The customer's side of a turn: its span starts the turn's trace, which the app's requests continue.</summary>
    public static readonly ActivitySource Source = new("AgentSupport.Load");

    private const string AspNetCore = "Microsoft.AspNetCore";
    private const string Npgsql = "Npgsql";

    private static readonly HashSet<string> Sources = [Source.Name, AgentSupportTelemetry.ModelSourceName, AspNetCore, Npgsql];

    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<Activity>> _byTrace = new();

    /// <summary>
    /// Whether <paramref name="span"/> is a database round trip of a turn: a statement. A turn that had to open a
    /// connection also has its <c>CONNECT</c> span, which is not one.
    /// </summary>
    public static bool IsStatement(Activity span) => span.Source.Name == Npgsql && span.GetTagItem("db.query.text") is string;
    private readonly ActivityListener _listener;

    public TurnSpans()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => Sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => _byTrace.GetOrAdd(span.TraceId, _ => new ConcurrentQueue<Activity>()).Enqueue(span),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>
    /// Where the app's time went in the turn of <paramref name="trace"/>; null when its request was not recorded within
    /// <paramref name="timeout"/>. The request's span ends a moment after the customer has read the answer's end.
    /// </summary>
    public async Task<AppTime?> OfAsync(ActivityTraceId trace, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (Request(trace) is null && waited.Elapsed < timeout)
        {
            await Task.Delay(10);
        }

        return Request(trace) is { } request ? Of(request, [.. _byTrace[trace]]) : null;
    }

    public void Dispose() => _listener.Dispose();

    private Activity? Request(ActivityTraceId trace) =>
        _byTrace.TryGetValue(trace, out var spans)
            ? spans.FirstOrDefault(span => span.Source.Name == AspNetCore && span.Kind == ActivityKind.Server
                && (span.GetTagItem("url.path") as string)?.EndsWith("/messages", StringComparison.Ordinal) == true)
            : null;

    private static AppTime Of(Activity request, List<Activity> spans)
    {
        var calls = spans.Where(span => span.Source.Name == AgentSupportTelemetry.ModelSourceName && Equals(span.GetTagItem("gen_ai.operation.name"), "chat"))
            .OrderBy(span => span.StartTimeUtc).ToList();
        var answered = spans.Where(span => span.Source.Name == AspNetCore && span.Kind == ActivityKind.Server && span != request);
        // A connection opened during the turn is not a round trip, but its time stays in the window.
        var trips = spans.Where(IsStatement).ToList();
        Window Between(DateTime from, DateTime to)
        {
            var inside = trips.Where(trip => trip.StartTimeUtc >= from && trip.StartTimeUtc < to).ToList();
            return new Window(to - from, inside.Count, Total(inside.Select(trip => trip.Duration)));
        }

        var end = request.StartTimeUtc + request.Duration;
        if (calls.Count == 0) return new AppTime(Between(request.StartTimeUtc, end), null, TimeSpan.Zero, null, 0);

        var firstStart = calls[0].StartTimeUtc;
        var lastEnd = calls[^1].StartTimeUtc + calls[^1].Duration;
        var gaps = calls.Zip(calls.Skip(1), (before, after) => Between(before.StartTimeUtc + before.Duration, after.StartTimeUtc)).ToList();
        var inCalls = Total(calls.Select(call => call.Duration)) - Total(answered.Select(server => server.Duration));
        return new AppTime(
            Between(request.StartTimeUtc, firstStart),
            gaps.Count == 0 ? null : new Window(Total(gaps.Select(gap => gap.Time)), gaps.Sum(gap => gap.RoundTrips), Total(gaps.Select(gap => gap.DatabaseTime))),
            inCalls,
            Between(lastEnd, end),
            calls.Count);
    }

    private static TimeSpan Total(IEnumerable<TimeSpan> parts) => parts.Aggregate(TimeSpan.Zero, (sum, part) => sum + part);
}

/// <summary>
/// The app's part of one turn, from its own spans. <paramref name="Before"/> runs from the request's start to the first
/// model call (the whole request when there is none); <paramref name="Between"/> covers the gaps between calls (the
/// tools); <paramref name="InCalls"/> is the calls' time beyond the fake model's handling of them (the client, the
/// connection, reading the stream); <paramref name="After"/> runs from the last call to the response's end.
/// </summary>
public sealed record AppTime(Window Before, Window? Between, TimeSpan InCalls, Window? After, int ModelCalls);

/// <summary>A stretch of a turn, the database round trips that started in it and the time they took.</summary>
public sealed record Window(TimeSpan Time, int RoundTrips, TimeSpan DatabaseTime);
