using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AgentSupport.Prompts.Validation;

namespace AgentSupport.Prompts.Storage;

/// <summary>Reads and writes <c>labels.json</c>. Writes go to a temporary file that is renamed over the old one, so a reader never sees half a file.</summary>
internal static class LabelsFile
{
    public const string FileName = "labels.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        IndentSize = 2,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <returns>The document (empty when the file does not exist), or null with a problem when it cannot be used.</returns>
    public static LabelsDocument? Read(string folder, string promptId, out PromptProblem? problem)
    {
        problem = null;
        var path = Path.Combine(folder, FileName);
        var file = $"{promptId}/{FileName}";
        if (!File.Exists(path))
        {
            return new LabelsDocument();
        }

        Stored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException e)
        {
            problem = new PromptProblem(PromptProblemKind.LabelsFile, file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                $"labels.json cannot be read, so its labels and manifest are not used: {FirstSentence(e.Message)}");
            return null;
        }

        var document = new LabelsDocument();
        var errors = new List<string>();
        foreach (var (label, version) in stored?.Labels ?? new Dictionary<string, int>())
        {
            if (!PromptNames.IsValidLabel(label) || version < 1)
            {
                errors.Add($"labels.{label}: a label needs a valid name and a version of at least 1");
                continue;
            }

            document.Labels[label] = version;
        }

        foreach (var (label, entries) in stored?.History ?? new Dictionary<string, List<LabelHistoryEntry>>())
        {
            if (entries.Any(entry => entry.Version < 1))
            {
                errors.Add($"history.{label}: versions must be at least 1");
                continue;
            }

            document.History[label] = [.. entries];
        }

        foreach (var (key, hash) in stored?.Manifest ?? new Dictionary<string, string>())
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1 || hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
            {
                errors.Add($"manifest.{key}: expected a version number mapped to a lower-case sha256 hex digest");
                continue;
            }

            document.Manifest[version] = hash;
        }

        if (errors.Count > 0)
        {
            problem = new PromptProblem(PromptProblemKind.LabelsFile, file, 1, 1,
                "labels.json is not used because it has invalid entries: " + string.Join("; ", errors));
            return null;
        }

        return document;
    }

    public static void Write(string folder, LabelsDocument document)
    {
        var stored = new Stored
        {
            Labels = new SortedDictionary<string, int>(document.Labels, StringComparer.Ordinal),
            History = new SortedDictionary<string, List<LabelHistoryEntry>>(document.History, StringComparer.Ordinal),
            // Numeric order, so v10 follows v9 for a human reading the file.
            Manifest = new SortedDictionary<string, string>(
                document.Manifest.ToDictionary(pair => pair.Key.ToString(CultureInfo.InvariantCulture), pair => pair.Value),
                Comparer<string>.Create((a, b) => int.Parse(a, CultureInfo.InvariantCulture).CompareTo(int.Parse(b, CultureInfo.InvariantCulture)))),
        };

        var path = Path.Combine(folder, FileName);
        var temporary = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, stored, Json);
                stream.WriteByte((byte)'\n');
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private sealed class Stored
    {
        public IDictionary<string, int>? Labels { get; init; }

        public IDictionary<string, List<LabelHistoryEntry>>? History { get; init; }

        public IDictionary<string, string>? Manifest { get; init; }
    }
}
