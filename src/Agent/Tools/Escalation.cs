using AgentSupport.Plugins.Tickets;

namespace AgentSupport.Agent.Tools;

/// <summary>The Tickets function that hands a conversation to a person, by its kernel names.</summary>
internal static class Escalation
{
    public const string PluginName = TicketsPlugin.Name;
    public const string FunctionName = TicketsPlugin.EscalateToHuman;

    public static bool IsEscalation(ToolCallRecord call) =>
        call.Succeeded
        && string.Equals(call.Plugin, PluginName, StringComparison.Ordinal)
        && string.Equals(call.Function, FunctionName, StringComparison.Ordinal);
}
