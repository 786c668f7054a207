using System.ComponentModel.DataAnnotations;
using AgentSupport.Prompts;

namespace AgentSupport.Web.Conversations;

/// <summary>
/// A context, channel, tone or language the prompts know (accents and case aside). These values reach the agent's
/// prompt, so free text here would let a customer write into it. Null passes: <c>[Required]</c> decides that.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KnownConversationValueAttribute(string field) : ValidationAttribute(
    $"The {field} must be one of: {string.Join(", ", ConversationVocabulary.For(field).Values)}.")
{
    public override bool IsValid(object? value) => value is not string text || ConversationVocabulary.For(field).Canonical(text) is not null;
}
