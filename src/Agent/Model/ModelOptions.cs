namespace AgentSupport.Agent.Model;

/// <summary>
/// The <c>Model</c> configuration section. Unset values fall back to the <c>OpenAI</c> section
/// (<c>OpenAI__ApiKey</c>, <c>OpenAI__BaseUrl</c>, <c>OpenAI__Model</c>); bound in <see cref="AgentSupport.Agent.AgentServiceCollectionExtensions"/>.
/// </summary>
public sealed class ModelOptions : ModelConnectionOptions
{
    public const string SectionName = "Model";
    public const string OpenAISectionName = "OpenAI";
    public const string DefaultModelId = "gpt-5-nano-2025-08-07";
    public const string OfflineModelId = "agentsupport-offline";

    /// <summary>Retries after the first attempt for 408, 429, 5xx and network errors, 0 to 10.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially with jitter. A Retry-After header wins.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Limit for one HTTP attempt (until the response headers arrive).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Limit for one model call including all its retries and waits.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Longest wait for the next chunk of a streamed reply once it has started.</summary>
    public TimeSpan StreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Models of their own for some roles (keys <c>Agent</c>, <c>Simulator</c>, <c>Judge</c>, <c>Proposer</c>), so the judge
    /// need not grade its own family's answers; a role without one uses the settings above. See <see cref="ForRole"/>.
    /// </summary>
    public Dictionary<string, ModelConnectionOptions> Roles { get; set; } = [];

    /// <summary>
    /// The settings <paramref name="role"/> runs with: its own where it has them, else these. A role on another
    /// provider than these settings takes none of their key, URL, model or deployment, which belong to the other
    /// family; retries and timeouts are always these.
    /// </summary>
    public ModelOptions ForRole(string role)
    {
        var own = Roles.FirstOrDefault(entry => string.Equals(entry.Key, role, StringComparison.OrdinalIgnoreCase)).Value;
        if (own is null)
        {
            return this;
        }

        var inherits = own.Provider is null || own.Provider == ResolveProvider();
        return new ModelOptions
        {
            Provider = own.Provider ?? Provider,
            ApiKey = own.ApiKey ?? (inherits ? ApiKey : null),
            BaseUrl = own.BaseUrl ?? (inherits ? BaseUrl : null),
            ModelId = own.ModelId ?? (inherits ? ModelId : null),
            Endpoint = own.Endpoint ?? (inherits ? Endpoint : null),
            Deployment = own.Deployment ?? (inherits ? Deployment : null),
            SupportsTemperature = own.SupportsTemperature ?? (inherits ? SupportsTemperature : null),
            MaxRetries = MaxRetries,
            RetryBaseDelay = RetryBaseDelay,
            AttemptTimeout = AttemptTimeout,
            CallTimeout = CallTimeout,
            StreamIdleTimeout = StreamIdleTimeout,
        };
    }

    /// <summary>The provider to use: <c>Provider</c> when set, else inferred from what is configured.</summary>
    public ModelProvider ResolveProvider() => Provider ?? (
        !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment) && !string.IsNullOrWhiteSpace(ApiKey) ? ModelProvider.AzureOpenAI
        : string.IsNullOrWhiteSpace(ApiKey) ? ModelProvider.Offline
        : string.IsNullOrWhiteSpace(BaseUrl) ? ModelProvider.OpenAI
        : ModelProvider.OpenAICompatible);

    /// <summary>Where requests go: null offline, else the provider's base address.</summary>
    public Uri? ResolveEndpoint() => ResolveProvider() switch
    {
        ModelProvider.Offline => null,
        ModelProvider.OpenAI => new Uri("https://api.openai.com/v1/"),
        ModelProvider.AzureOpenAI => new Uri(Endpoint!),
        ModelProvider.Anthropic => new Uri(AnthropicBaseUrl),
        _ => new Uri(BaseUrl!),
    };

    /// <summary>Anthropic's API unless <c>BaseUrl</c> names another server (a proxy, a gateway, a test double).</summary>
    internal string AnthropicBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? Anthropic.Core.EnvironmentUrl.Production : BaseUrl;

    public bool ResolveSupportsTemperature() =>
        SupportsTemperature ?? !ReasoningModelPrefixes.Any(prefix => ResolveModelId().StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] ReasoningModelPrefixes = ["gpt-5", "o1", "o3", "o4"];

    /// <summary>The model name requests carry: the Azure deployment, else <c>ModelId</c> or the default.</summary>
    public string ResolveModelId() => ResolveProvider() switch
    {
        ModelProvider.Offline => OfflineModelId,
        ModelProvider.AzureOpenAI => Deployment ?? "",
        // Claude models have no sensible default to fall back to: the configuration names one.
        ModelProvider.Anthropic => ModelId ?? "",
        _ => string.IsNullOrWhiteSpace(ModelId) ? DefaultModelId : ModelId,
    };
}

/// <summary>Where a model runs and which one: the top-level <c>Model</c> settings, or one role's own (<c>Model:Roles:Judge:Provider</c>, …).</summary>
public class ModelConnectionOptions
{
    /// <summary>Null picks one from what is configured: Azure endpoint + deployment, else a key (with or without base URL), else Offline.</summary>
    public ModelProvider? Provider { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Base URL of an OpenAI-compatible server, e.g. <c>http://localhost:11434/v1</c>, or of Anthropic's API.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Model name; defaults to <see cref="ModelOptions.DefaultModelId"/> (Anthropic has no default).</summary>
    public string? ModelId { get; set; }

    /// <summary>Azure OpenAI resource endpoint, e.g. <c>https://contoso.openai.azure.com/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>
    /// Whether the model takes a temperature; null infers it from the model name (reasoning models such as
    /// gpt-5*, o1*, o3* and o4* take none, so temperatures are left out of their requests).
    /// </summary>
    public bool? SupportsTemperature { get; set; }
}
