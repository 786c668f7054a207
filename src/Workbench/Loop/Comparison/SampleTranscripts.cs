using System.Text;
using System.Text.Json;
using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>Fetches the transcripts of a comparison's sample pairs, from the conversations in memory or back from their files.</summary>
public static class SampleTranscripts
{
    /// <summary>Positions count from 1 in list order, as the analyzer numbers in-memory conversations.</summary>
    public static IReadOnlyList<TranscriptPair> FromConversations(
        IReadOnlyList<ConversationInput> baseline, IReadOnlyList<ConversationInput> candidate, IEnumerable<SamplePair> samples) =>
        samples.Select(s => new TranscriptPair(s, baseline[(int)s.BaselinePosition - 1].Transcript, candidate[(int)s.CandidatePosition - 1].Transcript)).ToArray();

    /// <summary>Positions are the 1-based physical line numbers the analysis reported.</summary>
    public static async Task<IReadOnlyList<TranscriptPair>> FromFilesAsync(
        string baselinePath, string candidatePath, IReadOnlyList<SamplePair> samples, CancellationToken cancellationToken = default)
    {
        var baseline = await ReadLinesAsync(baselinePath, samples.Select(s => s.BaselinePosition).ToHashSet(), cancellationToken);
        var candidate = await ReadLinesAsync(candidatePath, samples.Select(s => s.CandidatePosition).ToHashSet(), cancellationToken);
        return samples.Select(s => new TranscriptPair(s, Transcript(baseline[s.BaselinePosition]), Transcript(candidate[s.CandidatePosition]))).ToArray();
    }

    /// <summary>Reads the wanted lines, numbering physical lines split on '\n' only, as the analysis does.</summary>
    private static async Task<Dictionary<long, string>> ReadLinesAsync(string path, HashSet<long> wanted, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, string>();
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[1 << 16];
        var line = new StringBuilder();
        var number = 1L;
        int read;
        while (found.Count < wanted.Count && (read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\n')
                {
                    if (wanted.Contains(number))
                    {
                        line.Append(buffer[i]);
                    }

                    continue;
                }

                if (wanted.Contains(number))
                {
                    found[number] = line.ToString();
                    line.Clear();
                }

                number++;
            }
        }

        if (line.Length > 0)
        {
            found[number] = line.ToString();
        }

        var missing = wanted.Where(n => !found.ContainsKey(n)).Order().FirstOrDefault();
        return missing == 0 ? found : throw new InvalidDataException($"{path}: line {missing} is gone; the file changed since it was analysed.");
    }

    private static IReadOnlyList<TranscriptMessage> Transcript(string line)
    {
        using var document = JsonDocument.Parse(line);
        return TranscriptOf(document.RootElement);
    }

    /// <summary>The messages of a conversation line's <c>transcript</c>, in either dialect; messages without text are left out.</summary>
    public static IReadOnlyList<TranscriptMessage> TranscriptOf(JsonElement conversation)
    {
        var messages = new List<TranscriptMessage>();
        if (!conversation.TryGetProperty("transcript", out var transcript) || transcript.ValueKind != JsonValueKind.Array)
        {
            return messages;
        }

        foreach (var message in transcript.EnumerateArray())
        {
            if (message.ValueKind == JsonValueKind.Object && Text(message, "text", "content") is { } text)
            {
                messages.Add(new TranscriptMessage(Text(message, "speaker", "role") ?? "?", text));
            }
        }

        return messages;
    }

    /// <summary>The first of the named properties that is a string (seed names first, then the roles dialect's).</summary>
    private static string? Text(JsonElement element, params string[] names) =>
        names.Select(name => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(text => text is not null);
}
