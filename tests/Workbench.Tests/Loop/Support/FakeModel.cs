using System.Collections.Concurrent;
using AgentSupport.Agent.Model;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Tests.Loop.Support;

/// <summary>
/// A thread-safe stand-in for the tool-less roles: the simulated customer says its goal, then thanks and ends after
/// <see cref="CustomerMessages"/> messages; the judge answers <see cref="JudgeReply"/>. Every request is kept.
/// </summary>
internal sealed class FakeModel : IChatClient
{
    public int CustomerMessages { get; init; } = 2;

    public Func<string> JudgeReply { get; init; } = () => """{"resolved": true, "csat": 4.5, "reasons": ["Answered with the tool's data."]}""";

    public ConcurrentQueue<(string Role, IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = new();

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = messages.ToArray();
        var role = ModelHints.GetRole(options) ?? "?";
        Requests.Enqueue((role, list, options));
        var text = role switch
        {
            ModelRoles.Judge => JudgeReply(),
            ModelRoles.Simulator => Customer(list, options),
            _ => throw new InvalidOperationException($"FakeModel does not play '{role}'."),
        };
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = ChatFinishReason.Stop });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private string Customer(ChatMessage[] messages, ChatOptions? options)
    {
        var said = messages.Count(m => m.Role == ChatRole.Assistant);
        var goal = ModelHints.GetVariables(options)?.Extra["goal"] as string;
        return said + 1 >= CustomerMessages ? "Gracias, es todo. [[END]]" : $"Hola. {goal}";
    }
}
