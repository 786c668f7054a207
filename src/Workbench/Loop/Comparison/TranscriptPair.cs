using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>A <see cref="SamplePair"/> with both transcripts, for the report.</summary>
public sealed record TranscriptPair(SamplePair Pair, IReadOnlyList<TranscriptMessage> Baseline, IReadOnlyList<TranscriptMessage> Candidate);
