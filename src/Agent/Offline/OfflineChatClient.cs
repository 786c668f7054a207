using System.Runtime.CompilerServices;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline.Agent;
using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Agent.Offline.Judge;
using AgentSupport.Agent.Offline.Proposer;
using AgentSupport.Agent.Offline.Simulator;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Offline;

/// <summary>
/// The Offline model: a deterministic <see cref="IChatClient"/> that plays every LLM role of AgentSupport
/// from rules, so the product runs and is tested without a network. The role, the prompt's policy and its
/// variables come from <see cref="ModelHints"/> in <see cref="ChatOptions.AdditionalProperties"/>; without
/// a role hint a request that offers tools is the agent, and otherwise the rendered prompt decides (a stop
/// marker: simulator; "csat": judge; "prompt_changes": proposer). The same messages, options and
/// <see cref="ChatOptions.Seed"/> always give the same answer.
/// </summary>
/// <remarks>
/// As the agent it answers with function calls for the tools in <see cref="ChatOptions.Tools"/>; wrapped by
/// a function-invoking client (<c>UseKernelFunctionInvocation</c>) those calls run the real plugins.
/// </remarks>
public sealed class OfflineChatClient : IChatClient
{
    private const int WordsPerChunk = 3;

    private readonly OfflineAgent _agent;
    private readonly OfflineCustomerSimulator _simulator = new();
    private readonly OfflineJudge _judge = new();
    private readonly OfflineProposer _proposer = new();

    public OfflineChatClient()
        : this([])
    {
    }

    /// <summary>The engine with skills for plugins beyond the shipped ones (see docs/adding-a-plugin.md).</summary>
    internal OfflineChatClient(IEnumerable<IIntentSkill> extraSkills) => _agent = new OfflineAgent(extraSkills);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var message = Respond(messages, options);
        return Task.FromResult(new ChatResponse(message)
        {
            ModelId = ModelOptions.OfflineModelId,
            FinishReason = message.Contents.OfType<FunctionCallContent>().Any() ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop,
            CreatedAt = DateTimeOffset.UtcNow,
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        var message = response.Messages[0];
        var responseId = Guid.NewGuid().ToString("N");
        if (message.Contents.OfType<FunctionCallContent>().Any())
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, [.. message.Contents])
            {
                ModelId = response.ModelId,
                ResponseId = responseId,
                FinishReason = ChatFinishReason.ToolCalls,
            };
            yield break;
        }

        foreach (var chunk in TextChunks.Split(message.Text, WordsPerChunk))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, chunk) { ModelId = response.ModelId, ResponseId = responseId };
        }

        yield return new ChatResponseUpdate { Role = ChatRole.Assistant, ModelId = response.ModelId, ResponseId = responseId, FinishReason = ChatFinishReason.Stop };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("AgentSupport.Offline", null, ModelOptions.OfflineModelId)
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private ChatMessage Respond(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var conversation = OfflineConversation.Read(messages);
        return RoleOf(conversation, options) switch
        {
            ModelRoles.Simulator => _simulator.Respond(conversation, options),
            ModelRoles.Judge => _judge.Respond(conversation, options),
            ModelRoles.Proposer => _proposer.Respond(conversation, options),
            _ => _agent.Respond(conversation, options),
        };
    }

    private static string RoleOf(OfflineConversation conversation, ChatOptions? options)
    {
        if (ModelHints.GetRole(options) is { } role)
        {
            return role;
        }

        if (options?.Tools is { Count: > 0 })
        {
            return ModelRoles.Agent;
        }

        var prompt = conversation.SystemPrompt;
        return prompt.Contains(OfflineCustomerSimulator.DefaultStopMarker, StringComparison.Ordinal) ? ModelRoles.Simulator
            : prompt.Contains("prompt_changes", StringComparison.Ordinal) ? ModelRoles.Proposer
            : prompt.Contains("csat", StringComparison.OrdinalIgnoreCase) ? ModelRoles.Judge
            : ModelRoles.Agent;
    }
}
