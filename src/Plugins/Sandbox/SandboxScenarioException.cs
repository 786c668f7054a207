namespace AgentSupport.Plugins.Sandbox;

/// <summary>A scenario fixture that cannot be used, with where and why.</summary>
public sealed class SandboxScenarioException(string message, Exception? inner = null) : Exception(message, inner);
