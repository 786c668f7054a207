namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// Where the fields the analysis needs sit in one scanned line. Reused line after line by one parser, so scanning
/// allocates nothing; a repeated property replaces the earlier one, as in most JSON readers.
/// </summary>
internal sealed class ConversationScan
{
    public ValueSpan Root;
    public ValueSpan ConversationId;
    public ValueSpan Meta;
    public ValueSpan Transcript;
    public ValueSpan Outcomes;

    public ValueSpan MetaConversationId;
    public ValueSpan Context;
    public ValueSpan Channel;
    public ValueSpan Canal;
    public ValueSpan Tone;
    public ValueSpan Tono;
    public ValueSpan Language;
    public ValueSpan Idioma;
    public ValueSpan Resolved;
    public ValueSpan DurationSec;

    public ValueSpan Csat;
    public ValueSpan Summary;

    public int TranscriptLength;

    /// <summary>Receives the members nobody reads.</summary>
    public ValueSpan Ignored;

    /// <summary>Where the line's string scans stop; rebuilt for every line.</summary>
    public SpecialByteIndex Specials { get; } = new();

    /// <summary>The transcript elements that are objects, in order.</summary>
    public List<MessageSpans> Messages { get; } = [];

    public void Reset()
    {
        Root = ConversationId = Meta = Transcript = Outcomes = default;
        ResetMeta();
        ResetTranscript();
        ResetOutcomes();
    }

    public void ResetMeta() =>
        MetaConversationId = Context = Channel = Canal = Tone = Tono = Language = Idioma = Resolved = DurationSec = default;

    public void ResetTranscript()
    {
        TranscriptLength = 0;
        Messages.Clear();
    }

    public void ResetOutcomes() => Csat = Summary = default;
}

/// <summary>A value's place in its line; strings exclude their quotes.</summary>
internal readonly record struct ValueSpan(int Start, int Length, JsonKind Kind, bool Escaped)
{
    public JsonToken In(ReadOnlySpan<byte> line) =>
        Kind == JsonKind.Undefined ? default : new JsonToken(Kind, line.Slice(Start, Length), Escaped);
}

/// <summary>The fields of one transcript message object.</summary>
internal struct MessageSpans
{
    public ValueSpan Speaker;
    public ValueSpan Role;
    public ValueSpan Text;
    public ValueSpan Content;
}
