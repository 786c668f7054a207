namespace AgentSupport.Workbench.Analysis;

/// <summary>Bytes analysed so far, and the total when the source knows its length.</summary>
public readonly record struct AnalysisProgress(long BytesRead, long? TotalBytes);
