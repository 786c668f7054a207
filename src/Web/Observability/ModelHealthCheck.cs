using AgentSupport.Agent.Model;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentSupport.Web.Observability;

/// <summary>
/// Every model server a role uses answers HTTP at all: any status counts, since the question is whether requests
/// can reach it, not whether this probe is authorised. Offline roles need nothing. Descriptions name roles and
/// providers, never addresses, since the endpoint is anonymous.
/// </summary>
internal sealed class ModelHealthCheck(ModelClientFactory models, IHttpClientFactory httpClients) : IHealthCheck
{
    public const string HttpClientName = "AgentSupport.ModelProbe";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var servers = ModelRoles.All
            .Select(role => (Role: role, Model: models.ModelFor(role)))
            .Where(entry => entry.Model.Endpoint is not null)
            .GroupBy(entry => (entry.Model.Provider, Endpoint: entry.Model.Endpoint!), entry => entry.Role)
            .ToList();
        if (servers.Count == 0)
        {
            return HealthCheckResult.Healthy("offline");
        }

        var http = httpClients.CreateClient(HttpClientName);
        var answered = new List<string>();
        var silent = new List<string>();
        foreach (var server in servers)
        {
            var name = $"{server.Key.Provider} ({string.Join(", ", server)})";
            try
            {
                using var response = await http.GetAsync(server.Key.Endpoint, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                answered.Add(name);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                silent.Add(name);
            }
        }

        return silent.Count == 0
            ? HealthCheckResult.Healthy($"reachable: {string.Join("; ", answered)}")
            : HealthCheckResult.Unhealthy($"not answering: {string.Join("; ", silent)}");
    }
}
