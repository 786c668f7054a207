using System.Runtime.CompilerServices;
using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// The real agent, with a pause before each text delta. The Offline engine produces a whole answer at
/// once; a remote model sends it over seconds. Pacing it here lets the browser see the answer grow,
/// which is what the chat page must show.
/// </summary>
public sealed class PacedCustomerAgent(CustomerAgent inner, TimeSpan pause) : ICustomerAgent
{
    public async IAsyncEnumerable<AgentEvent> RunTurnAsync(
        AgentSession session, string customerMessage, IServiceProvider services, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in inner.RunTurnAsync(session, customerMessage, services, cancellationToken))
        {
            if (item is TextDelta) await Task.Delay(pause, cancellationToken);
            yield return item;
        }
    }
}
