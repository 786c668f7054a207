namespace AgentSupport.Agent.Conversation;

/// <summary>Runs one customer turn of a conversation.</summary>
public interface ICustomerAgent
{
    /// <summary>
    /// Streams the agent's answer to <paramref name="customerMessage"/>. Never throws for model or
    /// tool failures: those end the stream with <see cref="TurnFailed"/>. Only cancellation of
    /// <paramref name="cancellationToken"/> by the caller ends it with <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="session">The conversation so far and the prompt to run it with.</param>
    /// <param name="customerMessage">The new customer message.</param>
    /// <param name="services">
    /// The scope holding the plugins' ports and the <see cref="AgentSupport.Plugins.CustomerContext"/>
    /// (database implementations in the web app, a sandbox in the Workbench).
    /// </param>
    /// <param name="cancellationToken">Stops the turn.</param>
    IAsyncEnumerable<AgentEvent> RunTurnAsync(AgentSession session, string customerMessage, IServiceProvider services, CancellationToken cancellationToken);
}
