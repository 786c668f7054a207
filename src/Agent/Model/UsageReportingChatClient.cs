using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Model;

/// <summary>
/// Copies streamed token usage into the update's additional properties. Semantic Kernel's streaming
/// adapter drops <see cref="UsageContent"/> but keeps additional properties as message metadata, which
/// is where <see cref="CustomerAgent"/> reads the turn's usage.
/// </summary>
internal sealed class UsageReportingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public const string UsageKey = "agentsupport_usage";

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            if (update.Contents.OfType<UsageContent>().FirstOrDefault() is { } usage)
            {
                (update.AdditionalProperties ??= [])[UsageKey] = usage.Details;
            }

            yield return update;
        }
    }
}
