using System.ClientModel;
using System.ClientModel.Primitives;
using AgentSupport.Agent.Model;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AgentSupport.Workbench.Discovery;

/// <summary>The text representations discovery can use, by the name the CLI and the admin console give them.</summary>
public static class DiscoveryEmbedders
{
    public const string Tfidf = "tfidf";
    public const string MiniLm = "minilm";
    public const string Provider = "provider";

    /// <summary>The embeddings model asked of the provider unless <c>Discovery:EmbeddingModel</c> names another.</summary>
    public const string DefaultEmbeddingModel = "text-embedding-3-small";

    // Loaded by name so that only hosts that ship the encoder's project (the CLI) carry its model and runtime.
    private const string MiniLmType = "AgentSupport.Discovery.MiniLM.MiniLmEmbeddingGenerator, AgentSupport.Discovery.MiniLM";

    public static IReadOnlyList<string> Names { get; } = [Tfidf, MiniLm, Provider];

    /// <summary>The local MiniLM encoder; <see cref="InvalidOperationException"/> when this host was built without it.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> CreateMiniLm()
    {
        Type? type;
        try
        {
            type = Type.GetType(MiniLmType, throwOnError: false);
        }
        catch (FileLoadException)
        {
            type = null;
        }

        return type is null
            ? throw new InvalidOperationException("The MiniLM encoder is not part of this installation; use the Workbench CLI, or the tfidf or provider representation.")
            : (IEmbeddingGenerator<string, Embedding<float>>)Activator.CreateInstance(type)!;
    }

    /// <summary>
    /// The configured provider's embeddings endpoint (OpenAI or OpenAI-compatible), through <paramref name="http"/>
    /// (the model's resilient client), in batches the endpoint accepts.
    /// </summary>
    public static IEmbeddingGenerator<string, Embedding<float>> CreateProvider(ModelOptions model, HttpClient http, string? embeddingModel)
    {
        var provider = model.ResolveProvider();
        if (provider is not (ModelProvider.OpenAI or ModelProvider.OpenAICompatible))
        {
            throw new InvalidOperationException(provider == ModelProvider.Offline
                ? "The provider representation needs a model key (OpenAI__ApiKey, and OpenAI__BaseUrl for a compatible server); offline, use tfidf."
                : $"The provider representation supports OpenAI and OpenAI-compatible endpoints, not {provider}.");
        }

        var options = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        if (provider == ModelProvider.OpenAICompatible)
        {
            options.Endpoint = new Uri(model.BaseUrl!);
        }

        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(model.ApiKey) ? "unused" : model.ApiKey), options);
        return new BatchingEmbeddingGenerator(client.GetEmbeddingClient(string.IsNullOrWhiteSpace(embeddingModel) ? DefaultEmbeddingModel : embeddingModel).AsIEmbeddingGenerator());
    }

    /// <summary>Sends at most <see cref="BatchSize"/> texts a request, as embeddings endpoints limit the inputs of one call.</summary>
    private sealed class BatchingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner)
        : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        private const int BatchSize = 256;

        public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var all = new GeneratedEmbeddings<Embedding<float>>();
            foreach (var batch in values.Chunk(BatchSize))
            {
                all.AddRange(await base.GenerateAsync(batch, options, cancellationToken));
            }

            return all;
        }
    }
}
