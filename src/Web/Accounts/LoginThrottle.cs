using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Accounts;

/// <summary>
/// Limits login attempts per account, on top of the per-IP limiter, so that guessing one
/// account's password from many addresses is slowed down too.
/// </summary>
public sealed class LoginThrottle(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        account => RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("RateLimiting:LoginPerAccountPerMinute", 10),
            Window = TimeSpan.FromMinutes(1),
        }));

    /// <summary>Takes one attempt for the account; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string normalizedEmail)
    {
        using var lease = _limiter.AttemptAcquire(normalizedEmail);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public static ProblemHttpResult TooManyAttempts(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many login attempts",
            detail: "Wait before trying again.");
    }

    public static ValueTask RejectAsync(HttpContext http, TimeSpan retryAfter, CancellationToken token) =>
        new(TooManyAttempts(http, retryAfter).ExecuteAsync(http));

    public void Dispose() => _limiter.Dispose();
}
