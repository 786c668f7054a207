namespace AgentSupport.Agent.Offline.Agent;

/// <summary>What the Offline agent does next: say something to the customer, or call a tool and look again.</summary>
internal abstract record AgentStep
{
    /// <summary>A reply. <paramref name="completes"/> marks an answer to the request (it gets the tone's closing); questions do not.</summary>
    public static AgentStep Say(string text, bool completes = false) => new Reply(text, completes);

    public static AgentStep Call(string plugin, string function, IReadOnlyDictionary<string, object?> arguments) => new ToolCall(plugin, function, arguments);

    internal sealed record Reply(string Text, bool Completes) : AgentStep;

    internal sealed record ToolCall(string Plugin, string Function, IReadOnlyDictionary<string, object?> Arguments) : AgentStep;
}
