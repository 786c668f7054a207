using System.Text;
using System.Text.Json.Nodes;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// Writes a large JSONL file by replicating sample conversations with fresh ids, for throughput and memory checks.
/// The sample lines are copied byte for byte apart from the id, so their quirks (escapes, odd values) are kept.
/// </summary>
internal static class SyntheticConversationFile
{
    private const string Placeholder = "__agentsupport_synthetic_id__";

    /// <summary>Appends whole conversations until the file reaches at least <paramref name="targetBytes"/>; returns bytes and lines written.</summary>
    public static async Task<(long Bytes, long Conversations)> WriteAsync(
        IReadOnlyList<string> sources, string target, long targetBytes, CancellationToken cancellationToken = default)
    {
        var templates = new List<byte[][]>();
        foreach (var source in sources)
        {
            foreach (var line in await File.ReadAllLinesAsync(source, cancellationToken))
            {
                if (Template(line) is { } template)
                {
                    templates.Add(template);
                }
            }
        }

        if (templates.Count == 0)
        {
            throw new InvalidDataException($"No conversation to replicate in {string.Join(", ", sources)}.");
        }

        long bytes = 0, conversations = 0;
        await using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
        while (bytes < targetBytes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parts = templates[(int)(conversations % templates.Count)];
            var id = Encoding.ASCII.GetBytes($"syn_{conversations:D10}");
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(id);
                    bytes += id.Length;
                }

                output.Write(parts[i]);
                bytes += parts[i].Length;
            }

            output.WriteByte((byte)'\n');
            bytes++;
            conversations++;
        }

        return (bytes, conversations);
    }

    /// <summary>The line cut where its conversation id goes, or null when the line is no conversation.</summary>
    private static byte[][]? Template(string line)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(line) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        if (root?["transcript"] is not JsonArray)
        {
            return null;
        }

        var meta = root["meta"] as JsonObject;
        var id = (root["conversation_id"] ?? meta?["conversation_id"]) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var quotedId = id is null ? null : $"\"{id}\"";
        if (quotedId is not null && line.Contains(quotedId, StringComparison.Ordinal))
        {
            return Split(line, quotedId, $"\"{Placeholder}\"");
        }

        // The id is escaped, not a string or absent: rewrite the line once with a placeholder id.
        if (root.ContainsKey("conversation_id"))
        {
            root["conversation_id"] = Placeholder;
        }

        if (meta is not null)
        {
            meta["conversation_id"] = Placeholder;
        }
        else
        {
            root["conversation_id"] = Placeholder;
        }

        return Split(root.ToJsonString(), $"\"{Placeholder}\"", $"\"{Placeholder}\"");
    }

    private static byte[][] Split(string line, string id, string placeholder)
    {
        // Keep the quotes around the new id: parts end with '"' and start with '"'.
        var pieces = line.Replace(id, placeholder, StringComparison.Ordinal).Split(Placeholder);
        return pieces.Select(Encoding.UTF8.GetBytes).ToArray();
    }
}
