using System.ComponentModel.DataAnnotations;
using AgentSupport.Prompts.Vocabulary;

namespace AgentSupport.Web.Conversations;

/// <summary>
/// A context, channel, tone or language the prompts know (accents and case aside). These values reach the agent's
/// prompt, so free text here would let a customer write into it. Null passes: <c>[Required]</c> decides that. The
/// canonical values are the allowed values the UI offers as options.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KnownConversationValueAttribute : AllowedValuesAttribute
{
    private readonly ConversationVocabulary _vocabulary;

    public KnownConversationValueAttribute(string field)
        : base(ConversationVocabulary.For(field).Values.Cast<object?>().ToArray())
    {
        _vocabulary = ConversationVocabulary.For(field);
        ErrorMessage = $"The {field} must be one of: {string.Join(", ", _vocabulary.Values)}.";
    }

    public override bool IsValid(object? value) => value is not string text || _vocabulary.Canonical(text) is not null;
}
