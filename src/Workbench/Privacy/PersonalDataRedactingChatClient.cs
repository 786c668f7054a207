using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Privacy;

/// <summary>
/// Redacts the text of every message before it leaves for the model, so the Workbench's proposer, simulated customer
/// and judge never receive the personal data of the conversations they learn from. Contents other than text (tool
/// calls and results) pass unchanged; the Workbench's roles use none.
/// </summary>
public sealed class PersonalDataRedactingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(Redacted(messages), options, cancellationToken);

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(Redacted(messages), options, cancellationToken))
        {
            yield return update;
        }
    }

    private static List<ChatMessage> Redacted(IEnumerable<ChatMessage> messages) =>
        messages.Select(message => new ChatMessage(
            message.Role,
            message.Contents.Select(content => content is TextContent text ? new TextContent(PersonalDataRedactor.Redact(text.Text)) : content).ToList())
        {
            AuthorName = message.AuthorName,
            MessageId = message.MessageId,
            AdditionalProperties = message.AdditionalProperties,
        }).ToList();
}
