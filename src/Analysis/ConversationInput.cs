namespace AgentSupport.Workbench.Analysis;

/// <summary>
/// An already-parsed conversation (for example a live one from the database) to analyse without writing JSONL.
/// Csat and duration go through the same checks as file input: out of range values are left out of their metric with a warning.
/// </summary>
public sealed record ConversationInput
{
    public string? ConversationId { get; init; }

    public string? Context { get; init; }

    public string? Channel { get; init; }

    public string? Tone { get; init; }

    public string? Language { get; init; }

    public bool Resolved { get; init; }

    public double? Csat { get; init; }

    public double? DurationSec { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<TranscriptMessage> Transcript { get; init; } = [];
}
