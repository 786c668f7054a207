using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins.Sandbox;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>A finished simulated conversation and the sandbox it left behind.</summary>
/// <param name="CustomerEnded">True when the simulated customer closed it with the stop marker, false when the turn limit cut it.</param>
public sealed record SimulatedConversation(
    IReadOnlyList<TranscriptTurn> Transcript,
    bool CustomerEnded,
    double DurationSec,
    SandboxSnapshot Sandbox,
    TokenUsage? Usage);
