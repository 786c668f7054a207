using System.Diagnostics;
using Npgsql;

namespace AgentSupport.Load;

/// <summary>
/// What a database round trip costs on this machine with nothing of the app around it: <c>SELECT 1</c> on one open
/// connection to the run's database, back to back and each after a pause. A paused customer leaves the cores idle
/// between turns, and waking a process on an idle core costs the machine time the app has no say in; the pair tells
/// that cost apart from the app's own round trips (the spans') and overhead.
/// </summary>
public sealed record RoundTripReference(TimeSpan BackToBack, TimeSpan AfterPause, TimeSpan AfterPauseP95)
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(5);

    private const int Samples = 200;

    public static async Task<RoundTripReference> MeasureAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        async Task<TimeSpan> RoundTrip()
        {
            var started = Stopwatch.GetTimestamp();
            await command.ExecuteScalarAsync(ct);
            return Stopwatch.GetElapsedTime(started);
        }

        var backToBack = new List<TimeSpan>(Samples);
        for (var i = 0; i < Samples; i++) backToBack.Add(await RoundTrip());
        var afterPause = new List<TimeSpan>(Samples);
        for (var i = 0; i < Samples; i++)
        {
            await Task.Delay(Pause, ct);
            afterPause.Add(await RoundTrip());
        }

        backToBack.Sort();
        afterPause.Sort();
        return new RoundTripReference(LoadReport.At(backToBack, 0.50), LoadReport.At(afterPause, 0.50), LoadReport.At(afterPause, 0.95));
    }
}
