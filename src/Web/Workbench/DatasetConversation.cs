using System.Text;
using System.Text.Json;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Web.Workbench;

/// <summary>One conversation of a dataset as its file holds it: where it is, what its meta says and its transcript.</summary>
public sealed record DatasetConversation(
    string Id, long Line, string? Context, string? Channel, bool? Resolved, IReadOnlyList<TranscriptMessage> Transcript)
{
    /// <summary>
    /// The conversation of <paramref name="path"/> whose <c>conversation_id</c> (top level or in <c>meta</c>) is
    /// <paramref name="id"/>, or null. Only lines holding the id's text are parsed, so a large file is read, not parsed.
    /// </summary>
    public static async Task<DatasetConversation?> FindAsync(string path, string id, CancellationToken ct)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var number = 0L;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            number++;
            if (!line.Contains(id, StringComparison.Ordinal)) continue;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException)
            {
                continue;
            }
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object) continue;
                var meta = root.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
                if ((String(root, "conversation_id") ?? String(meta, "conversation_id")) != id) continue;
                var resolved = meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("resolved", out var r) && r.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? r.GetBoolean()
                    : (bool?)null;
                return new DatasetConversation(id, number, String(meta, "context"), String(meta, "channel") ?? String(meta, "canal"), resolved,
                    SampleTranscripts.TranscriptOf(root));
            }
        }
        return null;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
