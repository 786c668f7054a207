using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Prompts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgentSupport.Web.Observability;

/// <summary>The prompt store can serve a chat: its folder is readable and the agent prompt has a production version.</summary>
internal sealed class PromptStoreHealthCheck(FilePromptStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // The store serves from memory; reading the folder is what tells whether changes can still be picked up.
            _ = Directory.EnumerateFileSystemEntries(store.RootPath).Any();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The prompts folder cannot be read."));
        }

        try
        {
            var production = store.Resolve(ChatPrompt.AgentPromptId);
            return Task.FromResult(HealthCheckResult.Healthy($"{ChatPrompt.AgentPromptId} v{production.Number} is in production."));
        }
        catch (PromptNotFoundException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"{ChatPrompt.AgentPromptId} has no production version."));
        }
    }
}
