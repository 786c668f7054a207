using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Tests.Loop.Support;

/// <summary>A chat client that answers with the given replies in order and keeps every request it got.</summary>
internal sealed class ScriptedChatClient(params ChatResponse[] replies) : IChatClient
{
    private int _next;

    public ScriptedChatClient(params string[] replies)
        : this(replies.Select(text => new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = ChatFinishReason.Stop }).ToArray())
    {
    }

    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Requests.Add((messages.ToArray(), options));
        return Task.FromResult(replies[Math.Min(_next++, replies.Length - 1)]);
    }

    /// <summary>The same replies as updates (the proposer streams its long replies).</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
