namespace AgentSupport.Plugins;

/// <summary>
/// The customer a conversation acts for. The host resolves it on the server (signed-in user, or the
/// scenario in an evaluation) and registers it in the conversation's service scope; plugins receive it
/// by constructor injection and never accept a customer id from the model, so a model that asks for
/// another customer's data simply finds nothing.
/// </summary>
/// <param name="CustomerId">The customer every port call is scoped to.</param>
/// <param name="DisplayName">How the customer is addressed.</param>
/// <param name="ConversationId">The current conversation, linked to tickets and escalations when known.</param>
public sealed record CustomerContext(Guid CustomerId, string DisplayName, string? ConversationId = null);
