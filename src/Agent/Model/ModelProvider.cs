namespace AgentSupport.Agent.Model;

/// <summary>Where the model runs.</summary>
public enum ModelProvider
{
    /// <summary>The deterministic in-process engine; no network, the default when no key is configured.</summary>
    Offline,

    /// <summary>api.openai.com.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource (endpoint + deployment + key), through its OpenAI v1 API.</summary>
    AzureOpenAI,

    /// <summary>Any server speaking the OpenAI chat completions API at a base URL.</summary>
    OpenAICompatible,

    /// <summary>Anthropic's Messages API (Claude models), through the official Anthropic SDK.</summary>
    Anthropic,
}
