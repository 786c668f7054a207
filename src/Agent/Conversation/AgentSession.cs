using AgentSupport.Plugins;
using AgentSupport.Prompts.Templates;

namespace AgentSupport.Agent.Conversation;

/// <summary>
/// Everything one turn needs to know about the conversation so far. The agent keeps no state of its
/// own between turns: the host stores the history and passes it back.
/// </summary>
/// <param name="ConversationId">The conversation the turn belongs to.</param>
/// <param name="Customer">Who the conversation acts for; tools are scoped to this customer by the host's services.</param>
/// <param name="Prompt">The prompt version (text and policy) the turn runs with.</param>
/// <param name="Variables">The values the prompt is rendered with; <see cref="PromptVariables.Language"/> is the conversation's language.</param>
/// <param name="History">Earlier turns, oldest first, without the new customer message.</param>
/// <param name="Seed">Makes the Offline engine (and providers that honour seeds) repeatable.</param>
/// <param name="Temperature">Sampling temperature; null leaves the provider's default (some models accept no other).</param>
public sealed record AgentSession(
    Guid ConversationId,
    CustomerContext Customer,
    PromptVersion Prompt,
    PromptVariables Variables,
    IReadOnlyList<ChatTurn> History,
    int Seed = 0,
    float? Temperature = null);
