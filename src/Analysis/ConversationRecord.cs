namespace AgentSupport.Workbench.Analysis;

/// <summary>
/// What the analysis keeps of one valid conversation: only the fields the metrics and the meta export need,
/// never the transcript, so memory does not grow with the size of the file.
/// </summary>
public sealed record ConversationRecord
{
    /// <summary>1-based physical line of the conversation in its file (its position for in-memory sources).</summary>
    public required long Line { get; init; }

    public string? ConversationId { get; init; }

    public string? Context { get; init; }

    public string? Channel { get; init; }

    public string? Tone { get; init; }

    public string? Language { get; init; }

    public bool Resolved { get; init; }

    /// <summary>The csat when it is a usable number in [1, 5]; null otherwise.</summary>
    public double? Csat { get; init; }

    /// <summary>The duration when it is a usable number ≥ 0; null otherwise.</summary>
    public double? DurationSec { get; init; }

    /// <summary>Length of the transcript array.</summary>
    public int Turns { get; init; }

    public string? Summary { get; init; }

    /// <summary>Bit i set when the catalog's intent i matched a customer message; set by the parser before the record leaves it.</summary>
    internal ulong IntentMask { get; set; }

    /// <summary>Set only while the conversation may still be one of the worst of an intent.</summary>
    internal IReadOnlyList<TranscriptMessage>? Transcript { get; init; }
}
