using System.ClientModel;
using System.ClientModel.Primitives;
using AgentSupport.Agent.Offline;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI;

namespace AgentSupport.Agent.Model;

/// <summary>
/// Builds the configured model as a Microsoft.Extensions.AI <see cref="IChatClient"/>. Every remote
/// provider goes through the named <see cref="HttpClientName"/> client, whose resilience handler owns
/// retries and timeouts; the OpenAI SDK's own retries are switched off so each retry is counted once.
/// </summary>
public sealed class ModelClientFactory
{
    /// <summary>The <see cref="IHttpClientFactory"/> client every remote model call uses.</summary>
    public const string HttpClientName = "AgentSupport.Model";

    private const string AzureApiKeyHeader = "api-key";

    private readonly ModelOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILoggerFactory _loggerFactory;

    public ModelClientFactory(IOptions<ModelOptions> options, IHttpClientFactory httpClientFactory, ILoggerFactory loggerFactory)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _loggerFactory = loggerFactory;
        Provider = _options.ResolveProvider();
        ModelId = _options.ResolveModelId();
        Validate();
    }

    public ModelProvider Provider { get; }

    /// <summary>The model name recorded with runs and sent with requests.</summary>
    public string ModelId { get; }

    /// <summary>
    /// The configured model as a plain chat client with the shared retries and timeouts, for roles that
    /// call no tools (simulated customer, judge, proposer). Offline, it is the deterministic engine,
    /// which picks its role from <see cref="ModelHints"/>.
    /// </summary>
    public IChatClient CreateChatClient()
    {
        if (Provider == ModelProvider.Offline)
        {
            return new OfflineChatClient();
        }

        IChatClient client = new StreamIdleTimeoutChatClient(CreateOpenAIClient().GetChatClient(ModelId).AsIChatClient(), _options.StreamIdleTimeout);
        client = new MalformedReplyRetryChatClient(client, _options.MaxRetries, _options.RetryBaseDelay, _loggerFactory.CreateLogger<ModelClientFactory>());
        return _options.ResolveSupportsTemperature() ? client : new SamplingGuardChatClient(client);
    }

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

    private OpenAIClient CreateOpenAIClient()
    {
        var httpClient = _httpClientFactory.CreateClient(HttpClientName);
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(httpClient),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The resilience handler enforces attempt and call timeouts; a second clock here would cut streams short.
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };

        switch (Provider)
        {
            case ModelProvider.AzureOpenAI:
                clientOptions.Endpoint = new Uri(new Uri(_options.Endpoint!.TrimEnd('/') + "/"), "openai/v1/");
                // Azure authenticates with an api-key header rather than a bearer token.
                clientOptions.AddPolicy(new AzureApiKeyPolicy(_options.ApiKey!), PipelinePosition.PerCall);
                return new OpenAIClient(new ApiKeyCredential(_options.ApiKey!), clientOptions);
            case ModelProvider.OpenAICompatible:
                clientOptions.Endpoint = new Uri(_options.BaseUrl!);
                // Local servers often need no key, but the SDK requires one.
                return new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(_options.ApiKey) ? "unused" : _options.ApiKey), clientOptions);
            default:
                return new OpenAIClient(new ApiKeyCredential(_options.ApiKey!), clientOptions);
        }
    }

    private void Validate()
    {
        string? problem = Provider switch
        {
            _ when _options.MaxRetries is < 0 or > 10 =>
                $"Model:MaxRetries must be from 0 to 10, got {_options.MaxRetries}.",
            _ when _options.AttemptTimeout <= TimeSpan.Zero || _options.CallTimeout <= TimeSpan.Zero || _options.StreamIdleTimeout <= TimeSpan.Zero =>
                "Model:AttemptTimeout, Model:CallTimeout and Model:StreamIdleTimeout must be positive.",
            ModelProvider.OpenAI when string.IsNullOrWhiteSpace(_options.ApiKey) =>
                "Model provider OpenAI needs an API key (Model:ApiKey or OpenAI__ApiKey).",
            ModelProvider.OpenAICompatible when !Uri.TryCreate(_options.BaseUrl, UriKind.Absolute, out _) =>
                $"Model provider OpenAICompatible needs an absolute base URL (Model:BaseUrl or OpenAI__BaseUrl), got '{_options.BaseUrl}'.",
            ModelProvider.AzureOpenAI when !Uri.TryCreate(_options.Endpoint, UriKind.Absolute, out _) =>
                $"Model provider AzureOpenAI needs an absolute endpoint (Model:Endpoint), got '{_options.Endpoint}'.",
            ModelProvider.AzureOpenAI when string.IsNullOrWhiteSpace(_options.Deployment) =>
                "Model provider AzureOpenAI needs a deployment name (Model:Deployment).",
            ModelProvider.AzureOpenAI when string.IsNullOrWhiteSpace(_options.ApiKey) =>
                "Model provider AzureOpenAI needs an API key (Model:ApiKey).",
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
