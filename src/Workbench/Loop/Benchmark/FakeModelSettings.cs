using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>How <see cref="FakeModelServer"/> behaves: who answers, how slowly, and how often it refuses.</summary>
/// <param name="Model">Answers the calls that are served.</param>
/// <param name="Latency">Wait before every answer, faults included.</param>
/// <param name="FaultRate">Share of calls answered 429 or 500, from 0 up to (not including) 1.</param>
/// <param name="Seed">Places the faults and picks 429 or 500 for each.</param>
public sealed record FakeModelSettings(IChatClient Model, TimeSpan Latency, double FaultRate, int Seed);
