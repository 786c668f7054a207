using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AgentSupport.Workbench.Analysis.Exports;

namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>Reads and writes the proposal JSON (<c>llm_rewrite_response.json</c>).</summary>
public static class ProposalJson
{
    public const string FileName = "llm_rewrite_response.json";

    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ProposalJsonContext.Default,
    };

    public static string Serialize(Proposal proposal) => JsonSerializer.Serialize(proposal, Options);

    public static Proposal? Deserialize(string json) => JsonSerializer.Deserialize<Proposal>(json, Options);

    /// <summary>
    /// Writes the model's reply as it came (pretty-printed), so keys the model added beyond the five parts are
    /// kept for the record; the reply must already have passed <see cref="ProposalValidator"/>.
    /// </summary>
    public static async Task WriteResponseAsync(string directory, JsonNode response, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var text = response.ToJsonString(Options);
        await AtomicFile.WriteAllTextAsync(Path.Combine(directory, FileName), text + "\n", cancellationToken);
    }
}

[JsonSerializable(typeof(Proposal))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class ProposalJsonContext : JsonSerializerContext;
