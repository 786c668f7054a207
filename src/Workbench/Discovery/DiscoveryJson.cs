using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Discovery;

/// <summary>The JSON of a discovery, as the CLI writes it and the admin console stores it (snake_case keys).</summary>
public static class DiscoveryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(DiscoveryResult result) => JsonSerializer.Serialize(result, Options);

    public static DiscoveryResult Deserialize(string json) =>
        JsonSerializer.Deserialize<DiscoveryResult>(json, Options) ?? throw new InvalidDataException("The discovery document is empty.");

    /// <summary>The summary the CLI prints with --json: everything but the message list.</summary>
    public static string Summary(DiscoveryResult result, ClusteringScores? scores) => JsonSerializer.Serialize(new
    {
        result.Embedder,
        result.Seed,
        result.TotalConversations,
        Conversations = result.Conversations.Count,
        Messages = result.Messages.Count,
        result.AllMessages,
        result.K,
        result.Method,
        result.Refined,
        result.WordingGraph,
        result.ConsensusRuns,
        result.KSearch,
        result.Noise,
        result.Notice,
        Scores = scores,
        Candidates = result.Candidates.Select(c => new
        {
            c.Id, c.Name, c.Description, c.Size, c.Conversations, c.Share, c.UnresolvedRate, c.AverageCsat, c.Examples, c.Terms,
            c.Pattern, ClosestTool = c.ClosestTool ?? "needs a new tool", c.ToolSimilarity,
        }),
    }, Options);
}
