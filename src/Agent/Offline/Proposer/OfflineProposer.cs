using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline.Conversation;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Offline.Proposer;

/// <summary>
/// The Offline engine's proposer: reads the analysis from the prompt variables' extras and answers the
/// five-part proposal JSON that <see cref="ProposerRules"/> derives, in the variables' language.
/// </summary>
internal sealed class OfflineProposer
{
    private readonly ProposerRules _rules = new();

    public ChatMessage Respond(OfflineConversation conversation, ChatOptions? options)
    {
        var variables = ModelHints.GetVariables(options);
        var input = ProposerInput.Parse(variables?.Extra ?? new Dictionary<string, object?>());
        var proposal = _rules.Propose(input, ConversationLanguage.Normalize(variables?.Language));
        return new ChatMessage(ChatRole.Assistant, proposal.ToJsonString());
    }
}
