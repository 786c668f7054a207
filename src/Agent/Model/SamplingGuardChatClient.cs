using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Model;

/// <summary>
/// Drops sampling settings a model refuses. Reasoning models (the default gpt-5-nano among them) answer
/// HTTP 400 to any temperature but their own, while prompts carry the temperature they were written for;
/// removing it here keeps every prompt usable with every model.
/// </summary>
internal sealed class SamplingGuardChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, Guard(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, Guard(options), cancellationToken);

    private static ChatOptions? Guard(ChatOptions? options)
    {
        if (options is null || options.Temperature is null && options.TopP is null)
        {
            return options;
        }

        var guarded = options.Clone();
        guarded.Temperature = null;
        guarded.TopP = null;
        return guarded;
    }
}
