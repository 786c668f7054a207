using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Agent.Model;

/// <summary>
/// Retries a reply the provider sent but nobody can read (a body or a stream chunk that is not valid JSON)
/// like a 5xx: the HTTP resilience handler only sees status codes, and the fault is as transient. A streamed
/// reply is retried only while nothing of it has been passed on, since delivered text cannot be taken back.
/// </summary>
internal sealed class MalformedReplyRetryChatClient(IChatClient inner, int maxRetries, TimeSpan baseDelay, ILogger logger) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await base.GetResponseAsync(messages, options, cancellationToken);
            }
            catch (JsonException ex) when (attempt < maxRetries)
            {
                await WaitAsync(attempt, ex, cancellationToken);
            }
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            // Updates without content (the role chunk) are held back, so a reply that breaks before saying anything can be asked again.
            var held = new List<ChatResponseUpdate>();
            var passedOn = false;
            await using var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                bool more;
                try
                {
                    more = await updates.MoveNextAsync();
                }
                catch (JsonException ex) when (!passedOn && attempt < maxRetries)
                {
                    await WaitAsync(attempt, ex, cancellationToken);
                    break;
                }

                if (!more)
                {
                    foreach (var update in held)
                    {
                        yield return update;
                    }

                    yield break;
                }

                held.Add(updates.Current);
                if (passedOn || updates.Current.Contents.Count > 0)
                {
                    passedOn = true;
                    foreach (var update in held)
                    {
                        yield return update;
                    }

                    held.Clear();
                }
            }
        }
    }

    private async Task WaitAsync(int attempt, JsonException exception, CancellationToken cancellationToken)
    {
        var delay = baseDelay * Math.Pow(2, attempt);
        logger.LogWarning("Model call attempt {Attempt} failed ({Outcome}); retrying in {Delay}", attempt + 1, "malformed JSON: " + exception.Message, delay);
        await Task.Delay(delay, cancellationToken);
    }
}
