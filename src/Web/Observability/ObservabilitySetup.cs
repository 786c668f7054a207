using AgentSupport.Agent.Telemetry;
using AgentSupport.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AgentSupport.Web.Observability;

/// <summary>
/// Traces, metrics and health. Spans and counters are collected always (an exporter or a test subscribes to them);
/// they leave the process over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class ObservabilitySetup
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceName = "agentsupport";

    /// <summary>Health checks with this tag are dependencies <c>/health/ready</c> reports; <c>/health</c> runs none.</summary>
    public const string ReadyTag = "ready";

    // Semantic Kernel emits its GenAI spans only behind this experimental switch.
    private const string SemanticKernelGenAISwitch = "Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnostics";
    private const string SemanticKernelSources = "Microsoft.SemanticKernel*";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        AppContext.SetSwitch(SemanticKernelGenAISwitch, true);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(AgentSupportTelemetry.SourceName, AgentSupportTelemetry.ModelSourceName, SemanticKernelSources))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(AgentSupportTelemetry.MeterName, AgentSupportTelemetry.ModelSourceName, SemanticKernelSources));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            telemetry.UseOtlpExporter();
        }

        builder.Services.AddHttpClient(ModelHealthCheck.HttpClientName, client => client.Timeout = ModelHealthCheck.Timeout);
        builder.Services.AddHealthChecks()
            .AddCheck<PromptStoreHealthCheck>("prompts", tags: [ReadyTag])
            .AddCheck<ModelHealthCheck>("model", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c>: the process answers (liveness, no dependency is asked); <c>/health/ready</c>: every dependency
    /// by name, 503 when one fails.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
