using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Workbench.Loop.Proposals;

namespace AgentSupport.Web.Ui.Workbench;

/// <summary>
/// The conversations a proposal may cite (those the proposer was shown) and a text cut where it names them, so the page
/// links each id to the conversation instead of printing it.
/// </summary>
public static partial class CitedConversations
{
    /// <summary>A piece of text; <see cref="ConversationId"/> is set when the piece is the id of a conversation the proposer saw.</summary>
    public sealed record Segment(string Text, string? ConversationId);

    /// <summary>The ids of the worst conversations the proposer received, the only ids a proposal can rightly cite.</summary>
    public static IReadOnlySet<string> ShownTo(ProposerInputs inputs)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(inputs.WorstConversations);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return ids;
        foreach (var intent in document.RootElement.EnumerateObject().Where(i => i.Value.ValueKind == JsonValueKind.Array))
        {
            foreach (var conversation in intent.Value.EnumerateArray())
            {
                if (conversation.ValueKind == JsonValueKind.Object && conversation.TryGetProperty("conversation_id", out var id)
                    && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value)
                {
                    ids.Add(value);
                }
            }
        }
        return ids;
    }

    /// <summary>Cuts <paramref name="text"/> at every whole word that is one of <paramref name="known"/>; other text stays as it is.</summary>
    public static IReadOnlyList<Segment> Split(string? text, IReadOnlySet<string> known)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (known.Count == 0) return [new Segment(text, null)];
        var segments = new List<Segment>();
        var at = 0;
        foreach (Match word in Word().Matches(text))
        {
            if (!known.Contains(word.Value)) continue;
            if (word.Index > at) segments.Add(new Segment(text[at..word.Index], null));
            segments.Add(new Segment(word.Value, word.Value));
            at = word.Index + word.Length;
        }
        if (at < text.Length) segments.Add(new Segment(text[at..], null));
        return segments;
    }

    /// <summary>The admin page of a conversation of a dataset.</summary>
    public static string Href(string datasetId, string conversationId) =>
        $"/admin/workbench/datasets/{Uri.EscapeDataString(datasetId)}/conversations/{Uri.EscapeDataString(conversationId)}";

    // Ids are letters, digits, '_' and '-': "conv_s7_000332", "c-17".
    [GeneratedRegex(@"[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*")]
    private static partial Regex Word();
}
