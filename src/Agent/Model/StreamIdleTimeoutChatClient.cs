using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Model;

/// <summary>
/// Ends a streamed reply that stops sending: the attempt timeout only covers the wait for the response
/// headers, so without this a stream that stalls after its first chunk would hold the turn until the turn
/// timeout. Each wait for the next chunk gets <paramref name="idleTimeout"/>.
/// </summary>
internal sealed class StreamIdleTimeoutChatClient(IChatClient inner, TimeSpan idleTimeout) : DelegatingChatClient(inner)
{
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var updates = base.GetStreamingResponseAsync(messages, options, idle.Token).GetAsyncEnumerator(idle.Token);
        while (true)
        {
            idle.CancelAfter(idleTimeout);
            bool more;
            try
            {
                more = await updates.MoveNextAsync();
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The model sent nothing for {idleTimeout} while streaming its reply.", ex);
            }

            if (!more)
            {
                yield break;
            }

            idle.CancelAfter(Timeout.InfiniteTimeSpan);
            yield return updates.Current;
        }
    }
}
