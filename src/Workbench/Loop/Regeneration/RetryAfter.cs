using System.ClientModel;
using System.Globalization;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>The wait a provider asked for in a Retry-After header, found anywhere in an exception's chain.</summary>
internal static class RetryAfter
{
    /// <summary>Longer waits are capped: a run should fail a conversation rather than stall for hours.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(2);

    public static TimeSpan? From(Exception? exception, DateTimeOffset now)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is ClientResultException { } result
                && result.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var value) == true
                && Parse(value, now) is { } wait)
            {
                return wait;
            }
        }

        return null;
    }

    /// <summary>Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).</summary>
    internal static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return Cap(TimeSpan.FromSeconds(seconds));
        }

        return DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Cap(at > now ? at - now : TimeSpan.Zero)
            : null;
    }

    private static TimeSpan Cap(TimeSpan wait) => wait > Longest ? Longest : wait;
}
