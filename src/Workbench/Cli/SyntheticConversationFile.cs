using System.Text;
using System.Text.Json.Nodes;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// Writes a large JSONL file by replicating sample conversations with fresh ids, for throughput and memory checks.
/// The sample lines are copied as they are apart from the id and the encoding of non-ASCII characters, so their quirks
/// (other escapes, odd values) are kept. Non-ASCII characters are all written as <c>\uXXXX</c> escapes (as Python's
/// json.dumps writes them), or all as raw UTF-8 with <c>rawUtf8</c>: the same conversations in either encoding.
/// </summary>
internal static class SyntheticConversationFile
{
    private const string Placeholder = "__agentsupport_synthetic_id__";

    /// <summary>Appends whole conversations until the file reaches at least <paramref name="targetBytes"/>; returns bytes and lines written.</summary>
    public static async Task<(long Bytes, long Conversations)> WriteAsync(
        IReadOnlyList<string> sources, string target, long targetBytes, bool rawUtf8 = false, CancellationToken cancellationToken = default)
    {
        var templates = new List<byte[][]>();
        foreach (var source in sources)
        {
            foreach (var line in await File.ReadAllLinesAsync(source, cancellationToken))
            {
                if (Template(rawUtf8 ? UnescapeNonAscii(line) : EscapeNonAscii(line)) is { } template)
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

    /// <summary>The line with every non-ASCII character written as a <c>\uXXXX</c> escape (outside strings JSON has none).</summary>
    internal static string EscapeNonAscii(string line)
    {
        var output = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c < 0x80)
            {
                output.Append(c);
            }
            else
            {
                output.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// The line with every <c>\uXXXX</c> escape of a non-ASCII character (a surrogate pair as one character) replaced
    /// by that character, which is the same JSON value. Other escapes stay: quotes, backslashes, control characters,
    /// ASCII and lone surrogates, which UTF-8 cannot carry.
    /// </summary>
    internal static string UnescapeNonAscii(string line)
    {
        var output = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] != '\\' || i + 1 >= line.Length)
            {
                output.Append(line[i++]);
                continue;
            }

            var length = line[i + 1] == 'u' ? 6 : 2;
            if (length == 6 && EscapedChar(line, i) is { } high && high >= 0x80)
            {
                if (!char.IsSurrogate(high))
                {
                    output.Append(high);
                    i += 6;
                    continue;
                }

                if (char.IsHighSurrogate(high) && EscapedChar(line, i + 6) is { } low && char.IsLowSurrogate(low))
                {
                    output.Append(high).Append(low);
                    i += 12;
                    continue;
                }
            }

            // Copied whole, so that an escaped backslash is never read as the start of the next escape.
            output.Append(line, i, Math.Min(length, line.Length - i));
            i += length;
        }

        return output.ToString();
    }

    /// <summary>The character of the <c>\uXXXX</c> escape at <paramref name="at"/>, or null when there is none.</summary>
    private static char? EscapedChar(string line, int at) =>
        at + 6 <= line.Length && line[at] == '\\' && line[at + 1] == 'u'
        && ushort.TryParse(line.AsSpan(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? (char)code
            : null;

    private static byte[][] Split(string line, string id, string placeholder)
    {
        // Keep the quotes around the new id: parts end with '"' and start with '"'.
        var pieces = line.Replace(id, placeholder, StringComparison.Ordinal).Split(Placeholder);
        return pieces.Select(Encoding.UTF8.GetBytes).ToArray();
    }
}
