using System.Text.Json;
using AgentSupport.Web.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace AgentSupport.Web.Infrastructure;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Every error leaves the API as RFC 7807 problem details: validation (400 with per-field errors),
    /// unreadable bodies (400), auth (401/403), missing routes (404), an unreachable database (503 with
    /// <c>Retry-After</c>) and unexpected failures (500, no stack trace).
    /// </summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.AddValidation();
        // Bodies that do not bind (malformed JSON, wrong types) throw so the handler can explain them.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => options.SerializerOptions.AllowTrailingCommas = false);
        return services;
    }

    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            if (exception is not BadHttpRequestException bad) return false;

            return await WriteProblemAsync(problems, http, exception, bad.StatusCode, "The request could not be read",
                bad.InnerException is JsonException json ? Describe(json) : bad.Message);
        }

        /// <summary>
        /// Where the body went wrong (just after the token the reader stopped at, counted from 1 as editors do) and why, in
        /// the client's terms: the serializer's own message counts from 0 and names the app's request types.
        /// </summary>
        private static string Describe(JsonException json)
        {
            var where = json.LineNumber is { } line ? $" near line {line + 1}, column {json.BytePositionInLine + 1}" : "";
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "" : $" ({json.Path})";
            var why = json.InnerException is JsonException syntax
                ? syntax.Message.Split(" LineNumber:")[0].TrimEnd()
                : "the value does not fit the field (a wrong type or format).";
            return $"The body is not valid JSON{where}{field}: {why}";
        }
    }

    private static ValueTask<bool> WriteProblemAsync(IProblemDetailsService problems, HttpContext http, Exception exception, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>
    /// A database that cannot be reached (down, restarting, connection cut) is a passing condition, not a bug: the client
    /// is told to come back shortly. The connection pool discards broken connections, so the app recovers by itself.
    /// </summary>
    private sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
    {
        private const int RetryAfterSeconds = 5;

        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            if (!DatabaseFailures.IsTransient(exception)) return false;

            logger.LogWarning("The database is unavailable: {Reason}", exception.GetBaseException().Message);
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await WriteProblemAsync(problems, http, exception, StatusCodes.Status503ServiceUnavailable,
                "The service is briefly unavailable", $"Please try again in {RetryAfterSeconds} seconds.");
        }
    }
}
