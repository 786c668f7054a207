using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace AgentSupport.Workbench.Discovery;

/// <summary>One conversation as discovery sees it: its customer messages and outcome; a CSV utterance is a conversation of one message.</summary>
public sealed record DiscoveryConversation(string Id, IReadOnlyList<string> CustomerMessages, bool? Resolved = null, double? Csat = null, string? Label = null);

/// <summary>What was read: the conversations and the lines that could not be.</summary>
public sealed record DiscoveryInput(IReadOnlyList<DiscoveryConversation> Conversations, int BadLines);

/// <summary>Reads a JSONL conversation file (either dialect) or a CSV of utterances.</summary>
public static class DiscoveryInputReader
{
    public static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads conversations; <paramref name="labelColumn"/> names a reference label in <c>meta</c> or at the top level.</summary>
    public static async Task<DiscoveryInput> ReadJsonlAsync(Stream jsonl, string? labelColumn = null, CancellationToken cancellationToken = default)
    {
        var conversations = new List<DiscoveryConversation>();
        var bad = 0;
        using var reader = new StreamReader(jsonl);
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                if (Parse(document.RootElement, line, labelColumn) is { } conversation)
                {
                    conversations.Add(conversation);
                    continue;
                }
            }
            catch (JsonException)
            {
            }

            bad++;
        }

        return new DiscoveryInput(conversations, bad);
    }

    /// <summary>
    /// One utterance per CSV record, text from <paramref name="textColumn"/> and the optional reference label from
    /// <paramref name="labelColumn"/>; quoted fields may hold commas, quotes and newlines.
    /// </summary>
    public static DiscoveryInput ReadCsv(TextReader csv, string textColumn, string? labelColumn)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { HasHeader = true }, leaveOpen: true);
        var header = reader.Headers;
        if (header.Count == 0)
        {
            throw new InvalidDataException("The CSV file has no header row.");
        }

        foreach (var column in new[] { textColumn, labelColumn }.OfType<string>())
        {
            if (!header.Contains(column))
            {
                throw new InvalidDataException($"The CSV file has no column '{column}'; its columns are {string.Join(", ", header)}.");
            }
        }

        var conversations = new List<DiscoveryConversation>();
        var bad = 0;
        while (reader.Read())
        {
            var text = reader.GetString(textColumn);
            if (string.IsNullOrWhiteSpace(text))
            {
                bad++;
                continue;
            }

            var row = reader.RowNumber.ToString(CultureInfo.InvariantCulture);
            conversations.Add(new DiscoveryConversation(row, [text], Label: labelColumn is null ? null : reader.GetString(labelColumn)));
        }

        return new DiscoveryInput(conversations, bad);
    }

    private static DiscoveryConversation? Parse(JsonElement root, int line, string? labelColumn)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("transcript", out var transcript) || transcript.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var meta = root.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var outcomes = root.TryGetProperty("outcomes", out var o) && o.ValueKind == JsonValueKind.Object ? o : default;
        var id = String(root, "conversation_id") ?? String(meta, "conversation_id") ?? $"line {line}";
        var messages = new List<string>();
        foreach (var message in transcript.EnumerateArray())
        {
            if (message.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var customer = String(message, "speaker") == "cliente" || String(message, "role") == "user";
            if (customer && (String(message, "text") ?? String(message, "content")) is { Length: > 0 } text)
            {
                messages.Add(text);
            }
        }

        var resolved = Property(meta, "resolved") is { } r ? r.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => r.GetDouble() == 1,
            JsonValueKind.String => r.GetString()?.Trim().ToLowerInvariant() is "true" or "yes" or "si" or "sí",
            _ => false,
        } : (bool?)null;
        var csat = (Property(outcomes, "csat_estimated_1_5") ?? Property(outcomes, "csat")) is { ValueKind: JsonValueKind.Number } c
            && c.GetDouble() is >= 1 and <= 5 and var value ? value : (double?)null;
        var label = labelColumn is null ? null : String(meta, labelColumn) ?? String(root, labelColumn);
        return new DiscoveryConversation(id, messages, resolved, csat, label);
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
