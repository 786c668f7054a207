using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// An online model that repeats hostile text: the Offline engine plays every role (agent, simulated customer, judge,
/// proposer) and <see cref="Payload"/> is written into what it says, into every free-text field of the judge's and the
/// proposer's JSON (reasons, rationale, patches, risks, ...), so that model output reaches every page and report.
/// </summary>
public sealed class EchoingModel(IChatClient inner, string payload) : DelegatingChatClient(inner)
{
    private static readonly HashSet<string> FreeText =
    [
        "rationale", "reasons", "why", "title", "impact", "risk", "risks", "summary", "api_sketch", "patch", "offline_protocol",
        "online_protocol", "success_criteria", "system_patch", "user_patch", "expectation_detail", "evidence",
    ];

    public string Payload { get; } = payload;

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        var last = response.Messages[^1];
        if (last.Contents.OfType<FunctionCallContent>().Any() || string.IsNullOrEmpty(last.Text)) return response;
        response.Messages[^1] = new ChatMessage(last.Role, Echo(last.Text)) { AuthorName = last.AuthorName, MessageId = last.MessageId };
        return response;
    }

    private string Echo(string text)
    {
        if (text.TrimStart().StartsWith('{'))
        {
            try
            {
                var node = JsonNode.Parse(text)!;
                Inject(node, key: null);
                return node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            }
            catch (JsonException)
            {
                return text;
            }
        }

        // First, so that a simulated customer's end-of-conversation marker stays where it is.
        return $"{Payload} {text}";
    }

    private void Inject(JsonNode node, string? key)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var s) && FreeText.Contains(name)) obj[name] = $"{s} {Payload}";
                    else if (value is not null) Inject(value, name);
                }
                break;
            case JsonArray array when key is not null && FreeText.Contains(key):
                array.Add(Payload);
                foreach (var item in array.OfType<JsonObject>().ToList()) Inject(item, key: null);
                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>().ToList()) Inject(item, key: null);
                break;
        }
    }
}
