using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>How <see cref="FakeModelServer"/> behaves: who answers, how slowly, and how often it refuses.</summary>
/// <param name="Model">Answers the calls that are served.</param>
/// <param name="Latency">Wait before every answer, faults included.</param>
/// <param name="FaultRate">Share of calls that fail, from 0 up to (not including) 1.</param>
/// <param name="Seed">Places the faults and picks the kind of each.</param>
/// <param name="Faults">The kinds of failure drawn from, each as likely; by default 429 and 500.</param>
public sealed record FakeModelSettings(IChatClient Model, TimeSpan Latency, double FaultRate, int Seed, IReadOnlyList<ModelFault>? Faults = null);

/// <summary>How a faulted call fails.</summary>
public enum ModelFault
{
    /// <summary>429 with <c>Retry-After: 0</c>.</summary>
    Throttled,

    /// <summary>500.</summary>
    ServerError,

    /// <summary>The stream starts, then no further byte comes until the client gives up.</summary>
    Stall,

    /// <summary>The stream starts, then the connection is dropped before the reply is complete.</summary>
    CutStream,
}
