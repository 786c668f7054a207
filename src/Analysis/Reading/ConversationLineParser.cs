using AgentSupport.Prompts.Vocabulary;
using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Analysis.WorstConversations;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// Turns JSON lines of either dialect (seed or roles, mixed freely) into compact records, following the reading
/// rules of docs/design.md, "Conversation files". A batch is read in two steps: every line is scanned and its customer
/// messages collected, then each intent pattern runs once over the whole batch. One instance per parser thread:
/// it reuses its buffers batch after batch.
/// </summary>
internal sealed class ConversationLineParser(IntentCatalog intents, WorstConversationCollector worst, bool keepIdentity)
{
    private readonly ConversationScan _scan = new();
    private readonly LabelPool _contexts = new(ConversationVocabulary.Contexts);
    private readonly LabelPool _channels = new(ConversationVocabulary.Channels);
    private readonly LabelPool _tones = new(ConversationVocabulary.Tones);
    private readonly LabelPool _languages = new(ConversationVocabulary.Languages);
    private readonly CustomerMessages _customer = new();
    private readonly List<PendingConversation> _pending = [];
    private ulong[] _intentMasks = new ulong[1024];

    public ParsedBatch Parse(LineBatch batch)
    {
        var parsed = new ParsedBatch(batch.Sequence, batch.EndOffset);
        var bytes = batch.Bytes.Span;
        _customer.Clear();
        _pending.Clear();
        var lineNumber = batch.FirstLine;
        var start = 0;
        while (start < bytes.Length)
        {
            var newline = bytes[start..].IndexOf((byte)'\n');
            var end = newline < 0 ? bytes.Length : start + newline;
            ReadLine(bytes, start, end, lineNumber, parsed);
            lineNumber++;
            start = end + 1;
        }

        if (_intentMasks.Length < _pending.Count)
        {
            _intentMasks = new ulong[Math.Max(_pending.Count, _intentMasks.Length * 2)];
        }

        var masks = _intentMasks.AsSpan(0, _pending.Count);
        intents.Match(_customer, masks);
        parsed.Conversations.EnsureCapacity(_pending.Count);
        for (var i = 0; i < _pending.Count; i++)
        {
            parsed.Conversations.Add(Complete(_pending[i], masks[i], bytes));
        }

        return parsed;
    }

    /// <summary>Reads one physical line, <c>bytes[start..end]</c> without its '\n'.</summary>
    private void ReadLine(ReadOnlySpan<byte> bytes, int start, int end, long lineNumber, ParsedBatch output)
    {
        if (end > start && bytes[end - 1] == (byte)'\r')
        {
            end--;
        }

        var line = bytes[start..end];
        if (line.IndexOfAnyExcept(" \t\r\v\f"u8) < 0)
        {
            return;
        }

        if (JsonLineScanner.Scan(line, _scan) is { } invalid)
        {
            output.BadLines.Add(new BadLine(lineNumber, invalid));
            return;
        }

        if (BadReason(line) is { } reason)
        {
            output.BadLines.Add(new BadLine(lineNumber, reason));
            return;
        }

        var warnings = new LineWarnings(lineNumber, output.Warnings);
        _pending.Add(Read(line, start, lineNumber, warnings));
        CollectCustomerMessages(line);
    }

    /// <summary>Why a valid JSON line is no conversation, or null when it is one.</summary>
    private string? BadReason(ReadOnlySpan<byte> line)
    {
        var scan = _scan;
        if (scan.Root.Kind != JsonKind.Object)
        {
            return $"not a JSON object but {FieldRules.Describe(scan.Root.In(line))}";
        }

        if (scan.Meta.Kind != JsonKind.Object && scan.ConversationId.In(line).IsMissing)
        {
            return "neither a 'meta' object nor a top-level 'conversation_id'";
        }

        var transcript = scan.Transcript.In(line);
        return transcript.Kind switch
        {
            JsonKind.Array => null,
            JsonKind.Undefined => "no 'transcript' array",
            _ => $"'transcript' is {FieldRules.Describe(transcript)}, not an array",
        };
    }

    private PendingConversation Read(ReadOnlySpan<byte> line, int lineStart, long lineNumber, LineWarnings warnings)
    {
        var scan = _scan;
        var meta = scan.Meta.In(line);
        if (meta.Kind != JsonKind.Object && !meta.IsMissing)
        {
            warnings.Add("meta", $"{FieldRules.Describe(meta)} is not an object; its fields are ignored");
        }

        var outcomes = scan.Outcomes.In(line);
        if (outcomes.Kind != JsonKind.Object && !outcomes.IsMissing)
        {
            warnings.Add("outcomes", $"{FieldRules.Describe(outcomes)} is not an object; its fields are ignored");
        }

        var resolved = FieldRules.IsResolved(scan.Resolved.In(line), out var warning);
        warnings.Add("meta.resolved", warning);
        var csat = FieldRules.Csat(scan.Csat.In(line), out warning);
        warnings.Add("outcomes.csat_estimated_1_5", warning);
        var duration = FieldRules.Duration(scan.DurationSec.In(line), out warning);
        warnings.Add("meta.duration_sec", warning);

        return new PendingConversation(lineStart, line.Length, new ConversationRecord
        {
            Line = lineNumber,
            ConversationId = keepIdentity ? ConversationId(line) : null,
            Context = Label(line, _contexts, scan.Context, "meta.context", default, null, warnings),
            Channel = Label(line, _channels, scan.Channel, "meta.channel", scan.Canal, "meta.canal", warnings),
            Tone = Label(line, _tones, scan.Tone, "meta.tone", scan.Tono, "meta.tono", warnings),
            Language = Label(line, _languages, scan.Language, "meta.language", scan.Idioma, "meta.idioma", warnings),
            Resolved = resolved,
            Csat = csat,
            DurationSec = duration,
            Turns = scan.TranscriptLength,
            Summary = keepIdentity ? Summary(line) : null,
        });
    }

    /// <summary>Adds the conversation's intents and, when it may be one of the worst, its identity and transcript (the line is scanned again for those few).</summary>
    private ConversationRecord Complete(PendingConversation pending, ulong intentMask, ReadOnlySpan<byte> bytes)
    {
        var record = pending.Record;
        record.IntentMask = intentMask;
        if (!worst.IsCandidate(intentMask, WorstKey.Of(record)))
        {
            return record;
        }

        var line = bytes.Slice(pending.LineStart, pending.LineLength);
        JsonLineScanner.Scan(line, _scan);
        return record with
        {
            ConversationId = record.ConversationId ?? ConversationId(line),
            Summary = record.Summary ?? Summary(line),
            Transcript = ReadTranscript(line),
        };
    }

    private void CollectCustomerMessages(ReadOnlySpan<byte> line)
    {
        _customer.BeginConversation();
        foreach (var message in _scan.Messages)
        {
            var isCustomer = message.Speaker.In(line).IsString("cliente"u8) || message.Role.In(line).IsString("user"u8);
            if (isCustomer && MessageText(message) is { } text)
            {
                _customer.Add(line.Slice(text.Start, text.Length), text.Escaped);
            }
        }
    }

    private string? ConversationId(ReadOnlySpan<byte> line)
    {
        var topId = _scan.ConversationId.In(line);
        return FieldRules.Id(topId.IsMissing ? _scan.MetaConversationId.In(line) : topId);
    }

    private string? Summary(ReadOnlySpan<byte> line) =>
        _scan.Summary.Kind == JsonKind.String ? _scan.Summary.In(line).GetString() : null;

    /// <summary>A message's text is <c>text</c> when it is a string, else <c>content</c> (when that is a string).</summary>
    private static ValueSpan? MessageText(in MessageSpans message) =>
        message.Text.Kind == JsonKind.String ? message.Text
        : message.Content.Kind == JsonKind.String ? message.Content
        : null;

    private List<TranscriptMessage> ReadTranscript(ReadOnlySpan<byte> line)
    {
        var messages = new List<TranscriptMessage>(_scan.Messages.Count);
        foreach (var message in _scan.Messages)
        {
            if (MessageText(message) is { } text)
            {
                var speaker = message.Speaker.Kind == JsonKind.String ? message.Speaker
                    : message.Role.Kind == JsonKind.String ? message.Role
                    : (ValueSpan?)null;
                messages.Add(new TranscriptMessage(speaker?.In(line).GetString() ?? "?", text.In(line).GetString()));
            }
        }

        return messages;
    }

    /// <summary>
    /// A descriptive meta field under its seed name, else under its roles-dialect name, as its canonical value. The
    /// fields are named in full by the callers: building the names here cost an allocation per field and line.
    /// </summary>
    private static string? Label(ReadOnlySpan<byte> line, LabelPool labels, ValueSpan value, string field, ValueSpan fallback, string? fallbackField, LineWarnings warnings)
    {
        if (value.Kind is JsonKind.Undefined or JsonKind.Null && fallbackField is not null)
        {
            (value, field) = (fallback, fallbackField);
        }

        var token = value.In(line);
        if (!FieldRules.IsUsableText(token, out var warning))
        {
            warnings.Add(field, warning);
            return null;
        }

        var known = labels.Known(token, out warning);
        warnings.Add(field, warning);
        return known;
    }

    /// <summary>A conversation read from its line, waiting for the batch's intent matching.</summary>
    private readonly record struct PendingConversation(int LineStart, int LineLength, ConversationRecord Record);

    private readonly struct LineWarnings(long line, List<FieldWarning> sink)
    {
        public void Add(string field, string? reason)
        {
            if (reason is not null)
            {
                sink.Add(new FieldWarning(line, field, reason));
            }
        }
    }
}
