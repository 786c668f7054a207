namespace AgentSupport.Agent.Tools;

/// <summary>One tool call as it happened: what was asked, what came back, and how long it took.</summary>
/// <param name="Plugin">Plugin name, e.g. <c>PayoutTracker</c>.</param>
/// <param name="Function">Function name inside the plugin.</param>
/// <param name="ArgumentsJson">The arguments the model supplied, as a JSON object.</param>
/// <param name="ResultJson">The result the model received, as JSON (an error object when the call threw).</param>
/// <param name="Succeeded">False when the function threw or returned an error result.</param>
/// <param name="Duration">Wall time of the call.</param>
public sealed record ToolCallRecord(string Plugin, string Function, string ArgumentsJson, string ResultJson, bool Succeeded, TimeSpan Duration);
