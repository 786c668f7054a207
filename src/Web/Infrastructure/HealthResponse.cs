using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentSupport.Web.Infrastructure;

public static class HealthResponse
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
