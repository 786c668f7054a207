using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AgentSupport.Agent.Conversation;

namespace AgentSupport.Workbench.Tests.Loop.Support;

/// <summary>An agent that answers every turn with the same text, after failing the first <c>failTurns</c> turns, or hanging when told to.</summary>
internal sealed class FakeAgent : ICustomerAgent
{
    private int _failuresLeft;

    public FakeAgent(int failTurns = 0) => _failuresLeft = failTurns;

    public bool Hang { get; init; }

    public ConcurrentQueue<AgentSession> Sessions { get; } = new();

    public int Turns => Sessions.Count;

    public async IAsyncEnumerable<AgentEvent> RunTurnAsync(AgentSession session, string customerMessage, IServiceProvider services, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Sessions.Enqueue(session);
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            yield return new TurnFailed("Lo sentimos.", "model unavailable (429)", [], Escalated: false, Usage: null);
            yield break;
        }

        var text = $"Con gusto, v{session.Prompt.Number}.";
        yield return new TextDelta(text);
        yield return new TurnCompleted(text, [], Escalated: false, Usage: new TokenUsage(10, 5));
    }
}
