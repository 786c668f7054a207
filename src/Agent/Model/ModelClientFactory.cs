using System.ClientModel;
using System.ClientModel.Primitives;
using AgentSupport.Agent.Offline;
using AgentSupport.Agent.Telemetry;
using Anthropic;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI;

namespace AgentSupport.Agent.Model;

/// <summary>
/// Builds the configured models as Microsoft.Extensions.AI <see cref="IChatClient"/>s, one per role where a role
/// has its own (<see cref="ModelOptions.ForRole"/>). Every remote provider goes through the named
/// <see cref="HttpClientName"/> client, whose resilience handler owns retries and timeouts; the SDKs' own retries
/// are switched off so each retry is counted once.
/// </summary>
public sealed class ModelClientFactory
{
    /// <summary>The <see cref="IHttpClientFactory"/> client every remote model call uses.</summary>
    public const string HttpClientName = "AgentSupport.Model";

    private const string AzureApiKeyHeader = "api-key";

    private static readonly TimeSpan AnthropicCallCeiling = TimeSpan.FromHours(1);

    private readonly ModelOptions _options;
    private readonly IReadOnlyDictionary<string, ModelOptions> _roles;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILoggerFactory _loggerFactory;

    public ModelClientFactory(IOptions<ModelOptions> options, IHttpClientFactory httpClientFactory, ILoggerFactory loggerFactory)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _loggerFactory = loggerFactory;
        if (_options.Roles.Keys.FirstOrDefault(role => !ModelRoles.All.Contains(role, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            throw new InvalidOperationException($"Model:Roles:{unknown} is not a role; the roles are {string.Join(", ", ModelRoles.All)}.");
        }

        _roles = ModelRoles.All.ToDictionary(role => role, _options.ForRole, StringComparer.Ordinal);
        Validate(_options, "Model");
        foreach (var (role, settings) in _roles)
        {
            if (settings != _options)
            {
                // The section as it is written in configuration: Model:Roles:Judge.
                Validate(settings, $"Model:Roles:{char.ToUpperInvariant(role[0])}{role[1..]}");
            }
        }

        Provider = _options.ResolveProvider();
        ModelId = _options.ResolveModelId();
    }

    /// <summary>The provider of the top-level settings, which every role without its own uses.</summary>
    public ModelProvider Provider { get; }

    /// <summary>The model name of the top-level settings.</summary>
    public string ModelId { get; }

    /// <summary>The provider and model <paramref name="role"/> uses, for the record of a turn or a run.</summary>
    public ModelChoice ModelFor(string role)
    {
        var settings = SettingsFor(role);
        return new ModelChoice(settings.ResolveProvider(), settings.ResolveModelId(), settings.ResolveEndpoint());
    }

    /// <summary>
    /// The top-level model as a plain chat client with the shared retries and timeouts, for callers outside the four
    /// roles. Offline, it is the deterministic engine, which picks its role from <see cref="ModelHints"/>.
    /// </summary>
    public IChatClient CreateChatClient() => Create(_options);

    /// <summary><paramref name="role"/>'s model (<see cref="ModelRoles"/>) as a chat client with the shared retries and timeouts.</summary>
    public IChatClient CreateChatClient(string role) => Create(SettingsFor(role));

    /// <summary>
    /// <paramref name="model"/> for a Semantic Kernel <see cref="Kernel"/>, with automatic function invocation
    /// (a hand-written <see cref="IChatCompletionService"/> would not run the kernel's functions, this wrapper
    /// does); <paramref name="beforeEachCall"/> wraps every model call the invocation loop makes.
    /// </summary>
    public IChatCompletionService CreateChatCompletionService(IChatClient model, Func<IChatClient, IChatClient> beforeEachCall) =>
        new ChatClientBuilder(model)
            .UseKernelFunctionInvocation(_loggerFactory)
            .Use(beforeEachCall)
            .Use(inner => new UsageReportingChatClient(inner))
            .Build()
            .AsChatCompletionService();

    private ModelOptions SettingsFor(string role) =>
        _roles.TryGetValue(role, out var settings) ? settings : throw new ArgumentException($"'{role}' is not a model role.", nameof(role));

    private IChatClient Create(ModelOptions options)
    {
        var provider = options.ResolveProvider();
        if (provider == ModelProvider.Offline)
        {
            return new OfflineChatClient();
        }

        IChatClient client = provider == ModelProvider.Anthropic
            ? CreateAnthropicClient(options).AsIChatClient(options.ResolveModelId())
            : CreateOpenAIClient(options).GetChatClient(options.ResolveModelId()).AsIChatClient();

        // One GenAI span per request to the provider (a retried malformed reply is a second); message contents stay out of traces.
        client = new OpenTelemetryChatClient(client, _loggerFactory.CreateLogger<ModelClientFactory>(), AgentSupportTelemetry.ModelSourceName);
        client = new MalformedReplyRetryChatClient(client, options.MaxRetries, options.RetryBaseDelay, _loggerFactory.CreateLogger<ModelClientFactory>());
        return options.ResolveSupportsTemperature() ? client : new SamplingGuardChatClient(client);
    }

    private AnthropicClient CreateAnthropicClient(ModelOptions options) => new()
    {
        ApiKey = options.ApiKey,
        BaseUrl = options.AnthropicBaseUrl,
        HttpClient = _httpClientFactory.CreateClient(HttpClientName),
        // As for OpenAI: the resilience handler owns retries and timeouts, so each retry is counted once. The SDK's
        // clock also covers reading a stream, so it is set past any call's own limit (the proposer's ten minutes).
        MaxRetries = 0,
        Timeout = AnthropicCallCeiling,
    };

    private OpenAIClient CreateOpenAIClient(ModelOptions options)
    {
        var httpClient = _httpClientFactory.CreateClient(HttpClientName);
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(httpClient),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The resilience handler enforces attempt and call timeouts; a second clock here would cut streams short.
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };

        switch (options.ResolveProvider())
        {
            case ModelProvider.AzureOpenAI:
                clientOptions.Endpoint = new Uri(new Uri(options.Endpoint!.TrimEnd('/') + "/"), "openai/v1/");
                // Azure authenticates with an api-key header rather than a bearer token.
                clientOptions.AddPolicy(new AzureApiKeyPolicy(options.ApiKey!), PipelinePosition.PerCall);
                return new OpenAIClient(new ApiKeyCredential(options.ApiKey!), clientOptions);
            case ModelProvider.OpenAICompatible:
                clientOptions.Endpoint = new Uri(options.BaseUrl!);
                // Local servers often need no key, but the SDK requires one.
                return new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "unused" : options.ApiKey), clientOptions);
            default:
                return new OpenAIClient(new ApiKeyCredential(options.ApiKey!), clientOptions);
        }
    }

    /// <summary>Refuses settings no call could work with, naming the setting to fix (<paramref name="section"/> is where it lives).</summary>
    private static void Validate(ModelOptions options, string section)
    {
        string? problem = options.ResolveProvider() switch
        {
            _ when options.MaxRetries is < 0 or > 10 =>
                $"Model:MaxRetries must be from 0 to 10, got {options.MaxRetries}.",
            _ when options.AttemptTimeout <= TimeSpan.Zero || options.CallTimeout <= TimeSpan.Zero || options.StreamIdleTimeout <= TimeSpan.Zero =>
                "Model:AttemptTimeout, Model:CallTimeout and Model:StreamIdleTimeout must be positive.",
            ModelProvider.OpenAI when string.IsNullOrWhiteSpace(options.ApiKey) =>
                $"Model provider OpenAI needs an API key ({section}:ApiKey or OpenAI__ApiKey).",
            ModelProvider.OpenAICompatible when !Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out _) =>
                $"Model provider OpenAICompatible needs an absolute base URL ({section}:BaseUrl or OpenAI__BaseUrl), got '{options.BaseUrl}'.",
            ModelProvider.AzureOpenAI when !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _) =>
                $"Model provider AzureOpenAI needs an absolute endpoint ({section}:Endpoint), got '{options.Endpoint}'.",
            ModelProvider.AzureOpenAI when string.IsNullOrWhiteSpace(options.Deployment) =>
                $"Model provider AzureOpenAI needs a deployment name ({section}:Deployment).",
            ModelProvider.AzureOpenAI when string.IsNullOrWhiteSpace(options.ApiKey) =>
                $"Model provider AzureOpenAI needs an API key ({section}:ApiKey).",
            ModelProvider.Anthropic when string.IsNullOrWhiteSpace(options.ApiKey) =>
                $"Model provider Anthropic needs an API key ({section}:ApiKey).",
            ModelProvider.Anthropic when string.IsNullOrWhiteSpace(options.ModelId) =>
                $"Model provider Anthropic needs a model name ({section}:ModelId), e.g. claude-sonnet-4-5.",
            ModelProvider.Anthropic when options.BaseUrl is not null && !Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out _) =>
                $"Model provider Anthropic needs an absolute base URL ({section}:BaseUrl) when one is set, got '{options.BaseUrl}'.",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }
    }

    private sealed class AzureApiKeyPolicy(string apiKey) : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set(AzureApiKeyHeader, apiKey);
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set(AzureApiKeyHeader, apiKey);
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }
}

/// <summary>Which provider and model play a role, and where its requests go (null offline).</summary>
public sealed record ModelChoice(ModelProvider Provider, string ModelId, Uri? Endpoint);
