using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace AgentSupport.Agent;

public static class AgentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the configured model: <see cref="ModelOptions"/> from the <c>Model</c> section with
    /// fallbacks from the <c>OpenAI</c> section, the resilient HTTP client, <see cref="ModelClientFactory"/>
    /// and a singleton <see cref="IChatClient"/> for the tool-less roles (simulator, judge, proposer).
    /// </summary>
    public static IServiceCollection AddAgentSupportModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(ModelClientFactory)))
        {
            return services;
        }

        var openAI = configuration.GetSection(ModelOptions.OpenAISectionName);
        services.AddOptions<ModelOptions>()
            .Bind(configuration.GetSection(ModelOptions.SectionName))
            .PostConfigure(options =>
            {
                options.ApiKey ??= openAI["ApiKey"];
                options.BaseUrl ??= openAI["BaseUrl"];
                options.ModelId ??= openAI["Model"];
            });

        services.AddHttpClient(ModelClientFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // Outside the retries: a stream's idle clock starts with the response they settled on.
            .AddHttpMessageHandler(sp => new StreamIdleTimeoutHandler(sp.GetRequiredService<IOptions<ModelOptions>>().Value.StreamIdleTimeout))
            .AddResilienceHandler("model", (pipeline, context) =>
                ConfigureResilience(
                    pipeline,
                    context.ServiceProvider.GetRequiredService<IOptions<ModelOptions>>().Value,
                    context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<ModelClientFactory>()));

        services.TryAddSingleton<ModelClientFactory>();
        services.TryAddSingleton<IChatClient>(sp => sp.GetRequiredService<ModelClientFactory>().CreateChatClient());
        return services;
    }

    /// <summary>
    /// Registers <see cref="ICustomerAgent"/> with <see cref="CustomerAgentOptions"/> from the <c>Agent</c>
    /// section, and the model (<see cref="AddAgentSupportModel"/>) if it is not registered yet.
    /// </summary>
    public static IServiceCollection AddCustomerAgent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAgentSupportModel(configuration);
        services.AddOptions<CustomerAgentOptions>().Bind(configuration.GetSection(CustomerAgentOptions.SectionName));
        services.TryAddSingleton<ICustomerAgent, CustomerAgent>();
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ModelOptions options, ILogger logger)
    {
        pipeline.AddTimeout(options.CallTimeout);
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldRetryAfterHeader = true,
                OnRetry = args =>
                {
                    logger.LogWarning(
                        "Model call attempt {Attempt} failed ({Outcome}); retrying in {Delay}",
                        args.AttemptNumber + 1,
                        args.Outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : args.Outcome.Exception?.GetType().Name,
                        args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline.AddTimeout(options.AttemptTimeout);
    }
}
