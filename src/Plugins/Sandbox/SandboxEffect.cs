namespace AgentSupport.Plugins.Sandbox;

/// <summary>One change made in the sandbox, in the order made, for an evaluator to check a scenario's expected effect.</summary>
public sealed record SandboxEffect(int Sequence, SandboxEffectKind Kind, Guid CustomerId, DateTimeOffset At, string Reference, string? Detail);
